/**
 * The operator calls that change agents and frameworks: `DRAIN_AGENT`, `DEACTIVATE_AGENT`,
 * `REACTIVATE_AGENT` (Mesos >= 1.9), `MARK_AGENT_GONE` (>= 1.5) and `TEARDOWN` on `/api/v1`, and
 * the v0 `POST /master/teardown` (`frameworkId=` form body) older masters take instead. Mesos
 * answers a done call 200 with an empty body and a refused one 400 with a plain-text reason.
 */
import type { MesosModel } from '../mesos-model';
import { masterHostname, masterPort } from '../master-json';
import type { AgentRecord, MasterRecord } from '../records';
import { mesosText } from './mesos-responses';

type Call = Record<string, unknown>;

const AGENT_CALLS = {
  DRAIN_AGENT: { field: 'drain_agent', since: [1, 9] },
  DEACTIVATE_AGENT: { field: 'deactivate_agent', since: [1, 9] },
  REACTIVATE_AGENT: { field: 'reactivate_agent', since: [1, 9] },
  MARK_AGENT_GONE: { field: 'mark_agent_gone', since: [1, 5] },
} as const;

const NANOS_PER_MS = 1_000_000;

/** `1.8.2` is before `[1, 9]`. */
function versionBefore(version: string, [major, minor]: readonly [number, number]): boolean {
  const [m = 0, n = 0] = version.split('.').map(Number);
  return m < major || (m === major && n < minor);
}

function record(value: unknown): Call | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Call)
    : undefined;
}

function idValue(value: unknown): string | undefined {
  const id = record(value)?.['value'];
  return typeof id === 'string' ? id : undefined;
}

const ok = () => new Response(null, { status: 200 });
const invalid = (reason: string) => mesosText(400, `Failed to validate master::Call: ${reason}`);

/**
 * The answer to one of these calls, or undefined when `type` is none of them (or this master's
 * version does not have it: Mesos then rejects it as an unknown call, like any other).
 */
export function operatorAgentCall(
  model: MesosModel,
  type: unknown,
  call: Call,
): Response | undefined {
  if (type === 'TEARDOWN') {
    const frameworkId = idValue(record(call['teardown'])?.['framework_id']);
    if (frameworkId === undefined) return invalid("Expecting 'teardown' to be present");
    return teardown(model, frameworkId);
  }
  if (typeof type !== 'string' || !(type in AGENT_CALLS)) return undefined;
  const { field, since } = AGENT_CALLS[type as keyof typeof AGENT_CALLS];
  if (versionBefore(model.version, since)) return undefined;
  const body = record(call[field]);
  const agentId = idValue(body?.['agent_id']);
  if (!body || agentId === undefined) return invalid(`Expecting '${field}' to be present`);
  const agent = model.agent(agentId);
  if (!agent || (agent.gone && type !== 'MARK_AGENT_GONE')) {
    return mesosText(400, `Unknown agent ${agentId}`);
  }
  switch (type as keyof typeof AGENT_CALLS) {
    case 'DRAIN_AGENT':
      return drain(model, agent, body);
    case 'DEACTIVATE_AGENT':
      model.deactivateAgent(agent);
      return ok();
    case 'REACTIVATE_AGENT':
      if (!agent.deactivated) return mesosText(400, `Agent ${agentId} is not deactivated`);
      if (agent.drain?.state === 'DRAINING') {
        return mesosText(400, `Agent ${agentId} is still draining`);
      }
      model.reactivateAgent(agent);
      return ok();
    case 'MARK_AGENT_GONE':
      model.markAgentGone(agent);
      return ok();
  }
}

function drain(model: MesosModel, agent: AgentRecord, body: Call): Response {
  const grace = record(body['max_grace_period']);
  const nanos = grace?.['nanoseconds'];
  if (grace && (typeof nanos !== 'number' || !Number.isInteger(nanos))) {
    return invalid("Expecting 'max_grace_period.nanoseconds' to be an integer");
  }
  if (typeof nanos === 'number' && nanos < 0) {
    return mesosText(400, 'Max grace period must be non-negative');
  }
  const markGone = body['mark_gone'];
  if (markGone !== undefined && typeof markGone !== 'boolean') {
    return invalid("Expecting 'mark_gone' to be a boolean");
  }
  model.drainAgent(agent, {
    maxGracePeriodMs: typeof nanos === 'number' ? nanos / NANOS_PER_MS : null,
    markGone: markGone === true,
  });
  return ok();
}

function teardown(model: MesosModel, frameworkId: string): Response {
  const framework = model.frameworks.get(frameworkId);
  if (!framework) return mesosText(400, 'No framework found with specified ID');
  model.completeFramework(framework);
  return ok();
}

/** `POST /master/teardown` with `frameworkId=<id>` as a form body (every Mesos generation). */
export async function teardownV0(
  model: MesosModel,
  self: MasterRecord,
  request: Request,
): Promise<Response> {
  if (request.method !== 'POST') {
    return mesosText(405, `Expecting a 'POST' request, received '${request.method}'`);
  }
  const leader = model.leader();
  if (!leader) return mesosText(503, 'No leader elected');
  if (leader !== self) {
    const location = `//${masterHostname(leader)}:${masterPort(leader)}${new URL(request.url).pathname}`;
    return new Response(null, { status: 307, headers: { Location: location } });
  }
  const frameworkId = new URLSearchParams(await request.text()).get('frameworkId');
  if (frameworkId === null) {
    return mesosText(400, "Missing 'frameworkId' query parameter in the request body");
  }
  return teardown(model, frameworkId);
}
