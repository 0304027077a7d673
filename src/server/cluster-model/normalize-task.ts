import type {
  TaskCategory,
  TaskContainer,
  TaskDetail,
  TaskPortMapping,
  TaskStatusRow,
  ResourceSet,
} from '../../api/cluster-model';
import { TERMINAL_TASK_STATES, type TaskState } from '../../api/mesos';
import {
  asArray,
  asBoolean,
  asNumber,
  asRecord,
  asString,
  isRecord,
  secondsToMs,
  type JsonRecord,
} from './read-json';
import { expandPorts, toResourceSet } from './resources';
import { shared, sharedValue } from './shared-values';

const TERMINAL = new Set<string>(TERMINAL_TASK_STATES);

/** Names of the other rows a task refers to; the Marathon app id is joined later. */
export interface TaskContext {
  frameworkName(id: string): string | null;
  agentHostname(id: string): string | null;
}

export function normalizeTask(
  raw: JsonRecord,
  category: TaskCategory,
  context: TaskContext,
): TaskDetail | null {
  const id = asString(raw.id);
  if (id === null) return null;
  const frameworkId = shared(asString(raw.framework_id) ?? '');
  const agentId = shared(asString(raw.slave_id) ?? asString(raw.agent_id) ?? '');
  const statuses = asArray(raw.statuses).filter(isRecord).map(normalizeStatus);
  const state = shared(
    asString(raw.state) ?? statuses.at(-1)?.state ?? 'TASK_UNKNOWN',
  ) as TaskState;
  const resources = sharedValue(toResourceSet(raw.resources), frozenResources);
  const container = normalizeContainer(raw.container);
  const status = statusFields(statuses, state, asRecord(asArray(raw.statuses).at(-1)));
  // Every field written out in one literal (no spread): the row's properties then live in the
  // object itself, not in a second backing store (about 90 bytes a task, 9 MB at 100k tasks).
  return {
    id,
    name: shared(asString(raw.name) ?? ''),
    category,
    frameworkId,
    frameworkName: context.frameworkName(frameworkId),
    agentId,
    agentHostname: context.agentHostname(agentId),
    appId: null,
    cpus: resources.cpus,
    mem: resources.mem,
    disk: resources.disk,
    gpus: resources.gpus,
    image: container?.image ?? null,
    hostPorts: sharedValue(expandPorts(resources.ports)),
    executorId: asString(raw.executor_id) ?? '',
    role: shared(asString(raw.role)),
    resources,
    container,
    labels: labelsOf(raw.labels),
    discovery: discoveryOf(raw.discovery),
    state: status.state,
    statuses: status.statuses,
    healthy: status.healthy,
    ipAddresses: status.ipAddresses,
    stagedAt: status.stagedAt,
    startedAt: status.startedAt,
    finishedAt: status.finishedAt,
    updatedAt: status.updatedAt,
    containerId: status.containerId,
  };
}

type StatusFields = Pick<
  TaskDetail,
  | 'state'
  | 'statuses'
  | 'healthy'
  | 'ipAddresses'
  | 'stagedAt'
  | 'startedAt'
  | 'finishedAt'
  | 'updatedAt'
  | 'containerId'
>;

/** What a task's status history says about it; the addresses come from its latest status. */
function statusFields(
  statuses: TaskStatusRow[],
  state: TaskState,
  lastStatus: JsonRecord,
): StatusFields {
  return {
    state,
    statuses,
    healthy: healthOf(statuses, state),
    ipAddresses: sharedValue(ipAddressesOf(lastStatus)),
    stagedAt: statuses[0]?.timestamp ?? null,
    startedAt: statuses.find((status) => status.state === 'TASK_RUNNING')?.timestamp ?? null,
    finishedAt: TERMINAL.has(state)
      ? (statuses.findLast((status) => TERMINAL.has(status.state))?.timestamp ?? null)
      : null,
    updatedAt: statuses.at(-1)?.timestamp ?? null,
    containerId: asString(asRecord(asRecord(lastStatus.container_status).container_id).value),
  };
}

/** Where a task in `state` is listed: live, unreachable or completed. */
export function categoryOf(state: TaskState): TaskCategory {
  if (TERMINAL.has(state)) return 'completed';
  return state === 'TASK_UNREACHABLE' ? 'unreachable' : 'active';
}

/**
 * The task after one more status update (an operator-API `TASK_UPDATED`): the same fields a
 * fresh read of its whole history would give.
 */
export function withStatus(task: TaskDetail, rawStatus: JsonRecord, state: TaskState): TaskDetail {
  const statuses = [...task.statuses, normalizeStatus(rawStatus)];
  return {
    ...task,
    category: categoryOf(state),
    ...statusFields(statuses, state, rawStatus),
  };
}

function normalizeStatus(raw: JsonRecord): TaskStatusRow {
  return {
    state: shared(asString(raw.state) ?? 'TASK_UNKNOWN') as TaskState,
    timestamp: secondsToMs(raw.timestamp) ?? 0,
    healthy: asBoolean(raw.healthy),
    message: shared(asString(raw.message)),
    reason: shared(asString(raw.reason)),
    source: shared(asString(raw.source)),
  };
}

/** Health is the latest check result written while the task is in its current state. */
function healthOf(statuses: readonly TaskStatusRow[], state: TaskState): boolean | null {
  for (let i = statuses.length - 1; i >= 0; i--) {
    const status = statuses[i];
    if (status === undefined || status.state !== state) break;
    if (status.healthy !== null) return status.healthy;
  }
  return null;
}

/** 0.2x wrote `network_infos[].ip_address`; later generations `ip_addresses[].ip_address`. */
function ipAddressesOf(status: JsonRecord): string[] {
  const addresses = new Set<string>();
  for (const info of asArray(asRecord(status.container_status).network_infos)) {
    if (!isRecord(info)) continue;
    const single = asString(info.ip_address);
    if (single !== null) addresses.add(single);
    for (const entry of asArray(info.ip_addresses)) {
      const address = asString(asRecord(entry).ip_address);
      if (address !== null) addresses.add(address);
    }
  }
  return [...addresses];
}

/** A literal with every field (a copied object would hold its fifth field out of line). */
function frozenResources(set: ResourceSet): ResourceSet {
  const { cpus, mem, disk, gpus, ports } = set;
  return Object.freeze({ cpus, mem, disk, gpus, ports: sharedValue(ports) });
}

function normalizeContainer(value: unknown): TaskContainer | null {
  if (!isRecord(value)) return null;
  const type = asString(value.type) === 'DOCKER' ? 'DOCKER' : 'MESOS';
  const docker = asRecord(value.docker);
  const image = asRecord(asRecord(value.mesos).image);
  const mesosImage = asString(asRecord(image.docker).name) ?? asString(asRecord(image.appc).name);
  const networkName = asString(asRecord(asArray(value.network_infos)[0]).name);
  return sharedValue<TaskContainer>({
    type,
    image: shared(type === 'DOCKER' ? asString(docker.image) : mesosImage),
    network: shared(asString(docker.network) ?? networkName),
    portMappings: asArray(docker.port_mappings).filter(isRecord).map(portMappingOf),
  });
}

function portMappingOf(raw: JsonRecord): TaskPortMapping {
  return {
    hostPort: asNumber(raw.host_port) ?? 0,
    containerPort: asNumber(raw.container_port) ?? 0,
    protocol: asString(raw.protocol) ?? 'tcp',
  };
}

/** Labels are `[{key, value}]` in v0 state (protobuf `Labels` flattened). */
function labelsOf(value: unknown): { key: string; value: string }[] {
  const list = isRecord(value) ? asArray(value.labels) : asArray(value);
  const labels: { key: string; value: string }[] = [];
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const key = asString(entry.key);
    if (key !== null) labels.push({ key: shared(key), value: shared(asString(entry.value) ?? '') });
  }
  return sharedValue(labels);
}

function discoveryOf(value: unknown): TaskDetail['discovery'] {
  if (!isRecord(value)) return null;
  return sharedValue({
    name: asString(value.name),
    visibility: asString(value.visibility),
    ports: asArray(asRecord(value.ports).ports)
      .filter(isRecord)
      .map((port) => ({
        number: asNumber(port.number) ?? 0,
        protocol: asString(port.protocol),
        name: asString(port.name),
      })),
  });
}
