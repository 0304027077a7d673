/**
 * `POST /api/v1` (also `/master/api/v1`) on a master: the operator API calls the console needs,
 * with Mesos' checks and messages (`src/master/http.cpp` `Master::Http::api`), and `SUBSCRIBE`
 * as a RecordIO stream (`<byte length>\n<json>`) that ends when this master stops leading.
 */
import { buildInfo, masterHostname, masterPid, masterPort } from '../master-json';
import { masterFlags } from '../master-flags';
import type { MesosModel, MesosModelEvent } from '../mesos-model';
import {
  agentV1,
  frameworkInfoV1,
  frameworkV1,
  getStateV1,
  taskUpdatedV1,
  taskV1,
} from '../operator-json';
import { maintenanceCall } from '../operator-maintenance';
import { rolesCall } from '../operator-roles';
import type { MasterRecord } from '../records';
import { mesosText } from './mesos-responses';
import { operatorAgentCall } from './operator-agents';

export interface OperatorApiOptions {
  /** False for masters before 1.0, which have no `/api/v1` (libprocess answers 404). */
  enabled: boolean;
  /** `heartbeat_interval_seconds` of SUBSCRIBED; Mesos' default is 15. */
  heartbeatIntervalSeconds: number;
  /** Streams open now; one marked silent sends nothing (a half-open connection). */
  streams: Set<{ silent: boolean }>;
}

const encoder = new TextEncoder();
const JSON_TYPE = 'application/json';
const PROTOBUF_TYPE = 'application/x-protobuf';

/** One RecordIO record: the decimal byte length, a newline, the bytes. */
export function recordIo(event: unknown): Uint8Array {
  const bytes = encoder.encode(JSON.stringify(event));
  const header = encoder.encode(`${bytes.length}\n`);
  const record = new Uint8Array(header.length + bytes.length);
  record.set(header);
  record.set(bytes, header.length);
  return record;
}

function jsonReply(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': JSON_TYPE } });
}

export async function operatorApiResponse(
  model: MesosModel,
  self: MasterRecord,
  request: Request,
  options: OperatorApiOptions,
): Promise<Response> {
  if (!options.enabled) return new Response(null, { status: 404 });
  if (request.method !== 'POST') {
    return mesosText(405, `Expecting a 'POST' request, received '${request.method}'`);
  }
  const contentType = (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim();
  if (contentType !== JSON_TYPE && contentType !== PROTOBUF_TYPE) {
    return mesosText(415, `Expecting 'Content-Type' to be one of: ${JSON_TYPE}, ${PROTOBUF_TYPE}`);
  }
  if (contentType === PROTOBUF_TYPE) {
    return mesosText(415, 'This simulated master reads JSON calls only');
  }
  const accept = request.headers.get('accept') ?? '*/*';
  if (!/application\/json|application\/\*|\*\/\*/.test(accept)) {
    return mesosText(406, `Expecting 'Accept' to allow '${JSON_TYPE}' or '${PROTOBUF_TYPE}'`);
  }
  const leader = model.leader();
  if (!leader) return mesosText(503, 'No leader elected');
  if (leader !== self) {
    const location = `//${masterHostname(leader)}:${masterPort(leader)}${new URL(request.url).pathname}`;
    return new Response(null, { status: 307, headers: { Location: location } });
  }
  let call: unknown;
  try {
    call = JSON.parse(await request.text());
  } catch (error) {
    return mesosText(400, `Failed to parse body into JSON: ${(error as Error).message}`);
  }
  const type =
    typeof call === 'object' && call !== null ? (call as { type?: unknown }).type : undefined;
  switch (type) {
    case undefined:
      return mesosText(400, "Failed to validate master::Call: Expecting 'type' to be present");
    case 'SUBSCRIBE':
      return subscribe(model, self, request, options);
    case 'GET_STATE':
      return jsonReply({ type, get_state: getStateV1(model) });
    case 'GET_VERSION':
      return jsonReply({ type, get_version: { version_info: buildInfo(model) } });
    case 'GET_FLAGS':
      return jsonReply({
        type,
        get_flags: {
          flags: Object.entries(masterFlags(model, self)).map(([name, value]) => ({ name, value })),
        },
      });
    case 'GET_HEALTH':
      return jsonReply({ type, get_health: { healthy: true } });
    case 'GET_MASTER':
      return jsonReply({
        type,
        get_master: {
          master_info: {
            id: self.id,
            pid: masterPid(self),
            hostname: masterHostname(self),
            port: masterPort(self),
            version: model.version,
            address: { hostname: masterHostname(self), port: masterPort(self) },
          },
          start_time: self.startTime / 1000,
          ...(self.electedTime !== null && { elected_time: self.electedTime / 1000 }),
        },
      });
    default:
      return (
        rolesCall(model, call as Record<string, unknown>) ??
        maintenanceCall(model, call as Record<string, unknown>) ??
        operatorAgentCall(model, type, call as Record<string, unknown>) ??
        unknownCall(type)
      );
  }
}

function unknownCall(type: unknown): Response {
  return mesosText(400, `Failed to validate master::Call: unknown call ${JSON.stringify(type)}`);
}

/** The operator event an internal model event becomes, or null for internal-only ones. */
function eventOf(model: MesosModel, event: MesosModelEvent): unknown {
  switch (event.type) {
    case 'TASK_ADDED':
      return { type: event.type, task_added: { task: taskV1(model, event.task) } };
    case 'TASK_UPDATED':
      return {
        type: event.type,
        task_updated: taskUpdatedV1(model, event.task, event.status),
      };
    case 'AGENT_ADDED':
      return { type: event.type, agent_added: { agent: agentV1(event.agent) } };
    case 'AGENT_REMOVED':
      return { type: event.type, agent_removed: { agent_id: { value: event.agent.id } } };
    case 'FRAMEWORK_ADDED':
      return { type: event.type, framework_added: { framework: frameworkV1(event.framework) } };
    case 'FRAMEWORK_UPDATED':
      return { type: event.type, framework_updated: { framework: frameworkV1(event.framework) } };
    case 'FRAMEWORK_REMOVED':
      return {
        type: event.type,
        framework_removed: { framework_info: frameworkInfoV1(event.framework) },
      };
    case 'LEADER_CHANGED':
      return null;
  }
}

function subscribe(
  model: MesosModel,
  self: MasterRecord,
  request: Request,
  options: OperatorApiOptions,
): Response {
  let detach = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const handle = { silent: false };
      options.streams.add(handle);
      const send = (event: unknown) => {
        if (!handle.silent) controller.enqueue(recordIo(event));
      };
      send({
        type: 'SUBSCRIBED',
        subscribed: {
          get_state: getStateV1(model),
          heartbeat_interval_seconds: options.heartbeatIntervalSeconds,
        },
      });
      send({ type: 'HEARTBEAT' });
      const heartbeat = setInterval(
        () => send({ type: 'HEARTBEAT' }),
        options.heartbeatIntervalSeconds * 1000,
      );
      const unwatch = model.watch((event) => {
        if (event.type === 'LEADER_CHANGED') {
          // After a failover the old leader's streams just end.
          if (model.leader() !== self || !self.running) {
            detach();
            controller.close();
          }
          return;
        }
        send(eventOf(model, event));
      });
      detach = () => {
        clearInterval(heartbeat);
        unwatch();
        options.streams.delete(handle);
        detach = () => {};
      };
    },
    cancel() {
      detach();
    },
  });
  request.signal.addEventListener('abort', () => detach());
  return new Response(stream, { headers: { 'Content-Type': JSON_TYPE } });
}
