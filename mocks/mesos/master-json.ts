/**
 * The leading master's v0 JSON (`/master/state`, `/state-summary`, `/slaves`, `/frameworks`,
 * `/tasks`, `/roles`) written from the model, field names as Mesos 1.x writes them.
 */
import type {
  MesosAgent,
  MesosAgentSummary,
  MesosFramework,
  MesosFrameworkSummary,
  MesosMasterState,
  MesosStateSummary,
  MesosTask,
  MesosTaskStatus,
  TaskState,
} from '../../src/api/mesos';
import type { MesosModel } from './mesos-model';
import { MESOS_VERSION } from './mesos-model';
import { agentDrainJson } from './agent-drain-json';
import { masterFlags } from './master-flags';
import { frameworkOffersJson } from './offers';
import type { AgentRecord, FrameworkRecord, MasterRecord, TaskRecord } from './records';
import { reservedJson } from './reservations';
import { addScalars, resourcesJson, zeroScalars } from './resources-json';

export const BUILD_INFO = {
  version: MESOS_VERSION,
  git_sha: '0d6e7e2e9b2e4cc2c3c16d3a4b6a1b1f0c3e9a11',
  git_tag: MESOS_VERSION,
  build_date: '2020-11-24 11:49:10',
  build_time: 1606218550,
  build_user: 'root',
};

/** BUILD_INFO with the version this simulation's masters run. */
export function buildInfo(model: MesosModel): typeof BUILD_INFO {
  return { ...BUILD_INFO, version: model.version, git_tag: model.version };
}

const SUMMARY_STATES: TaskState[] = [
  'TASK_STAGING',
  'TASK_STARTING',
  'TASK_RUNNING',
  'TASK_KILLING',
  'TASK_FINISHED',
  'TASK_KILLED',
  'TASK_FAILED',
  'TASK_LOST',
  'TASK_ERROR',
  'TASK_UNREACHABLE',
];

const seconds = (ms: number): number => ms / 1000;

export const masterHostname = (master: MasterRecord): string =>
  master.address.slice(0, master.address.lastIndexOf(':'));
export const masterPort = (master: MasterRecord): number =>
  Number(master.address.slice(master.address.lastIndexOf(':') + 1));
export const masterPid = (master: MasterRecord): string => `master@${master.address}`;
export const agentPid = (agent: AgentRecord): string => `slave(1)@${agent.address}`;

export function taskJson(task: TaskRecord, agentIp: string, role: string): MesosTask {
  const json: MesosTask = {
    id: task.id,
    name: task.name,
    framework_id: task.frameworkId,
    executor_id: '',
    slave_id: task.agentId,
    state: task.state,
    resources: resourcesJson(task.resources, task.resources.ports),
    role,
    statuses: task.statuses.map((status) => {
      const json: MesosTaskStatus = { state: status.state, timestamp: seconds(status.timestamp) };
      if (status.state !== 'TASK_STAGING') {
        json.container_status = {
          container_id: { value: task.containerId },
          network_infos: [{ ip_addresses: [{ protocol: 'IPv4', ip_address: agentIp }] }],
        };
      }
      if (status.healthy !== undefined) json.healthy = status.healthy;
      if (status.message !== undefined) json.message = status.message;
      if (status.reason !== undefined) json.reason = status.reason;
      if (status.source !== undefined) json.source = status.source;
      return json;
    }),
  };
  if (task.labels) json.labels = task.labels;
  return withDiscoveryAndContainer(json, task);
}

/** `DiscoveryInfo` and `ContainerInfo` read the same in v0 and v1 JSON. */
export function withDiscoveryAndContainer<T extends Pick<MesosTask, 'discovery' | 'container'>>(
  json: T,
  task: TaskRecord,
): T {
  if (task.discovery) {
    json.discovery = {
      visibility: 'FRAMEWORK',
      name: task.discovery.name,
      ports: { ports: task.discovery.ports },
    };
  }
  if (task.container) json.container = task.container;
  return json;
}

export function agentJson(agent: AgentRecord): MesosAgent {
  const resources = resourcesJson(agent.total, agent.portRanges);
  return {
    id: agent.id,
    pid: agentPid(agent),
    hostname: agent.hostname,
    port: Number(agent.address.slice(agent.address.lastIndexOf(':') + 1)),
    registered_time: seconds(agent.registeredTime),
    ...(agent.reregisteredTime !== null && { reregistered_time: seconds(agent.reregisteredTime) }),
    resources,
    used_resources: resourcesJson(agent.allocated, agent.usedPorts),
    offered_resources: resourcesJson(zeroScalars()),
    ...reservedJson(agent),
    attributes: agent.attributes,
    active: agent.active,
    ...agentDrainJson(agent),
    version: MESOS_VERSION,
    capabilities: ['MULTI_ROLE', 'HIERARCHICAL_ROLE', 'RESERVATION_REFINEMENT', 'AGENT_DRAINING'],
  };
}

function frameworkUsed(framework: FrameworkRecord) {
  const used = zeroScalars();
  const ports: number[] = [];
  for (const task of framework.tasks.values()) {
    addScalars(used, task.resources);
    ports.push(...task.resources.ports);
  }
  return resourcesJson(used, ports);
}

function frameworkBase(framework: FrameworkRecord) {
  return {
    id: framework.id,
    name: framework.name,
    pid: framework.pid,
    used_resources: frameworkUsed(framework),
    offered_resources: resourcesJson(zeroScalars()),
    capabilities: framework.capabilities,
    hostname: framework.hostname,
    webui_url: framework.webuiUrl,
    active: framework.active,
    connected: framework.active,
    recovered: false,
  };
}

export function frameworkJson(model: MesosModel, framework: FrameworkRecord): MesosFramework {
  const ip = (task: TaskRecord) => model.agentsById.get(task.agentId)?.ip ?? '';
  const tasks = (map: Map<string, TaskRecord>) =>
    [...map.values()].map((task) => taskJson(task, ip(task), framework.role));
  const base = frameworkBase(framework);
  return {
    ...base,
    user: framework.user,
    failover_timeout: framework.failoverTimeout,
    checkpoint: true,
    registered_time: seconds(framework.registeredTime),
    ...(framework.reregisteredTime !== null && {
      reregistered_time: seconds(framework.reregisteredTime),
    }),
    unregistered_time:
      framework.unregisteredTime === null ? 0 : seconds(framework.unregisteredTime),
    ...(framework.principal !== undefined && { principal: framework.principal }),
    role: framework.role,
    roles: [framework.role],
    resources: base.used_resources,
    tasks: tasks(framework.tasks),
    unreachable_tasks: tasks(framework.unreachable),
    completed_tasks: tasks(framework.completed),
    offers: frameworkOffersJson(model, framework.id),
    executors: [],
  };
}

export function masterState(model: MesosModel, self: MasterRecord): MesosMasterState {
  const leader = model.leader();
  const registered = model.agents.filter((agent) => !agent.unreachable);
  const state: MesosMasterState = {
    ...buildInfo(model),
    start_time: seconds(self.startTime),
    ...(self.electedTime !== null && { elected_time: seconds(self.electedTime) }),
    id: self.id,
    pid: masterPid(self),
    hostname: masterHostname(self),
    capabilities: ['AGENT_UPDATE', 'AGENT_DRAINING', 'QUOTA_V2'],
    activated_slaves: registered.filter((a) => a.active).length,
    deactivated_slaves: registered.filter((a) => !a.active).length,
    unreachable_slaves: model.agents.filter((agent) => agent.unreachable && !agent.gone).length,
    ...(leader && {
      leader: masterPid(leader),
      leader_info: {
        id: leader.id,
        pid: masterPid(leader),
        port: masterPort(leader),
        hostname: masterHostname(leader),
      },
    }),
    cluster: 'stadium-simulated',
    flags: masterFlags(model, self),
    slaves: registered.map(agentJson),
    recovered_slaves: [],
    frameworks: [...model.frameworks.values()].map((f) => frameworkJson(model, f)),
    completed_frameworks: [...model.completedFrameworks.values()].map((f) =>
      frameworkJson(model, f),
    ),
    orphan_tasks: [],
    unregistered_frameworks: [],
  };
  return state;
}

type Counters = Partial<Record<TaskState, number>>;

function zeroCounters(): Counters {
  return Object.fromEntries(SUMMARY_STATES.map((s) => [s, 0])) as Counters;
}

export function stateSummary(model: MesosModel, self: MasterRecord): MesosStateSummary {
  const agentCounters = new Map<string, Counters>();
  const agentFrameworks = new Map<string, Set<string>>();
  const frameworkCounters = new Map<string, Counters>();
  const frameworkAgents = new Map<string, Set<string>>();
  const count = (task: TaskRecord) => {
    for (const [counters, key] of [
      [agentCounters, task.agentId],
      [frameworkCounters, task.frameworkId],
    ] as const) {
      let entry = counters.get(key);
      if (!entry) counters.set(key, (entry = zeroCounters()));
      if (task.state in entry) entry[task.state] = (entry[task.state] ?? 0) + 1;
    }
    let frameworks = agentFrameworks.get(task.agentId);
    if (!frameworks) agentFrameworks.set(task.agentId, (frameworks = new Set()));
    frameworks.add(task.frameworkId);
    let agents = frameworkAgents.get(task.frameworkId);
    if (!agents) frameworkAgents.set(task.frameworkId, (agents = new Set()));
    agents.add(task.agentId);
  };
  for (const framework of model.frameworks.values()) {
    for (const map of [framework.tasks, framework.unreachable, framework.completed]) {
      for (const task of map.values()) count(task);
    }
  }
  const slaves: MesosAgentSummary[] = model.agents
    .filter((agent) => !agent.unreachable)
    .map((agent) => ({
      ...agentJson(agent),
      ...(agentCounters.get(agent.id) ?? zeroCounters()),
      framework_ids: [...(agentFrameworks.get(agent.id) ?? [])],
    }));
  const frameworks: MesosFrameworkSummary[] = [...model.frameworks.values()].map((framework) => ({
    ...frameworkBase(framework),
    ...(frameworkCounters.get(framework.id) ?? zeroCounters()),
    slave_ids: [...(frameworkAgents.get(framework.id) ?? [])],
  }));
  return { hostname: masterHostname(self), cluster: 'stadium-simulated', slaves, frameworks };
}

export interface TasksQuery {
  limit: number;
  offset: number;
  order: 'asc' | 'desc';
  frameworkId?: string;
  taskId?: string;
}

/** `/master/tasks`: active, unreachable and completed tasks ordered by their first status. */
export function masterTasks(model: MesosModel, query: TasksQuery): { tasks: MesosTask[] } {
  const all: { task: TaskRecord; role: string }[] = [];
  for (const framework of [...model.frameworks.values(), ...model.completedFrameworks.values()]) {
    if (query.frameworkId !== undefined && framework.id !== query.frameworkId) continue;
    for (const map of [framework.tasks, framework.unreachable, framework.completed]) {
      for (const task of map.values()) {
        if (query.taskId === undefined || task.id === query.taskId) {
          all.push({ task, role: framework.role });
        }
      }
    }
  }
  const first = (task: TaskRecord) => task.statuses[0]?.timestamp ?? 0;
  all.sort((a, b) =>
    query.order === 'asc' ? first(a.task) - first(b.task) : first(b.task) - first(a.task),
  );
  const page = all.slice(query.offset, query.offset + query.limit);
  return {
    tasks: page.map(({ task, role }) =>
      taskJson(task, model.agentsById.get(task.agentId)?.ip ?? '', role),
    ),
  };
}
