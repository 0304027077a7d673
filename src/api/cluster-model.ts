/**
 * Stadium's cluster-model endpoints (`/api/cluster/tasks`, `/agents`, `/frameworks`, `/summary`,
 * `/metrics/history`, ...): rows the proxy normalises from `/master/state` of every Mesos
 * generation and joins with Marathon. Shared by the proxy that writes them and the browser.
 *
 * Conventions: every time is epoch **milliseconds** (Mesos writes float seconds); a value the
 * master did not write is `null`, never a guess. Lists come as slices `{ total, offset, limit, rows }`.
 */

import type { TaskState } from './mesos';

export interface ResourceAmounts {
  cpus: number;
  mem: number;
  disk: number;
  gpus: number;
}

/** An inclusive port range, parsed from Mesos' text form `[31000-32000, 33000-33010]`. */
export interface PortRange {
  begin: number;
  end: number;
}

export interface ResourceSet extends ResourceAmounts {
  ports: PortRange[];
}

export type TaskStateCounts = Partial<Record<TaskState, number>>;

export interface TaskCounts {
  active: number;
  unreachable: number;
  completed: number;
  byState: TaskStateCounts;
}

// ---------------------------------------------------------------------------------------------
// Agents

export interface AgentRow {
  id: string;
  hostname: string;
  pid: string;
  /** `ip:port` from `pid` (`slave(1)@10.0.0.1:5051`): what the proxy dials, hostname may not resolve. */
  address: string;
  /** `port` as Mesos >= 1.8 writes it, else the port of `pid`. */
  port: number;
  active: boolean;
  /** From `recovered_slaves` (1.x): known from the registry but not re-registered yet. */
  recovered: boolean;
  version: string | null;
  registeredTime: number | null;
  reregisteredTime: number | null;
  total: ResourceSet;
  used: ResourceSet;
  offered: ResourceSet;
  /** Per role; `{}` when the master did not write it (0.22). */
  reserved: Record<string, ResourceSet>;
  attributes: Record<string, string>;
  /** `domain.fault_domain` (>= 1.5), else null. */
  region: string | null;
  zone: string | null;
  taskCounts: TaskCounts;
  frameworkIds: string[];
}

export interface AgentDetail extends AgentRow {
  frameworks: { id: string; name: string; activeTasks: number }[];
  /** Active and unreachable tasks on the agent (completed ones are in `/api/cluster/tasks?agent=`). */
  tasks: TaskRow[];
}

/** What `/api/cluster/agents?sort=` accepts; the proxy validates it and the browser offers it. */
export const AGENT_SORT_KEYS = [
  'hostname',
  'id',
  'active',
  'registered',
  'tasks',
  'cpus',
  'mem',
  'disk',
  'gpus',
] as const;

export type AgentSortKey = (typeof AGENT_SORT_KEYS)[number];

// ---------------------------------------------------------------------------------------------
// Frameworks

export type FrameworkStatus = 'active' | 'inactive' | 'completed';

export interface FrameworkRow {
  id: string;
  name: string;
  status: FrameworkStatus;
  /** Null before Mesos 1.0, which did not write `connected`. */
  connected: boolean | null;
  recovered: boolean;
  hostname: string | null;
  user: string | null;
  pid: string | null;
  principal: string | null;
  roles: string[];
  webuiUrl: string | null;
  registeredTime: number | null;
  reregisteredTime: number | null;
  unregisteredTime: number | null;
  failoverTimeoutSeconds: number | null;
  checkpoint: boolean | null;
  capabilities: string[];
  used: ResourceSet;
  offered: ResourceSet;
  taskCounts: TaskCounts;
  /** Agents running the framework's live tasks. */
  agentCount: number;
}

/** `/api/cluster/frameworks/:id`: the list row plus which agents run its live tasks. */
export interface FrameworkDetail extends FrameworkRow {
  agentIds: string[];
}

export interface FrameworkLists {
  active: FrameworkRow[];
  inactive: FrameworkRow[];
  completed: FrameworkRow[];
  /** Ids in `unregistered_frameworks` (pre-1.0 masters; always empty later). */
  unregistered: string[];
  generation: number;
}

// ---------------------------------------------------------------------------------------------
// Tasks

/** Where the master lists the task: `tasks`, `unreachable_tasks`, `completed_tasks`, `orphan_tasks`. */
export type TaskCategory = 'active' | 'unreachable' | 'completed' | 'orphan';

export interface TaskStatusRow {
  state: TaskState;
  timestamp: number;
  healthy: boolean | null;
  message: string | null;
  reason: string | null;
  source: string | null;
}

export interface TaskPortMapping {
  hostPort: number;
  containerPort: number;
  protocol: string;
}

export interface TaskContainer {
  type: 'DOCKER' | 'MESOS';
  image: string | null;
  /** Docker network (`HOST`, `BRIDGE`, `USER`, `NONE`) or null. */
  network: string | null;
  portMappings: TaskPortMapping[];
}

/** One row of a task list: what the tables show and sort on. */
export interface TaskRow {
  id: string;
  name: string;
  state: TaskState;
  category: TaskCategory;
  frameworkId: string;
  /** Null when the framework is unknown to the master (orphan tasks). */
  frameworkName: string | null;
  agentId: string;
  agentHostname: string | null;
  /** Marathon app id (`/group/app`), null for other frameworks or when it cannot be told. */
  appId: string | null;
  cpus: number;
  mem: number;
  disk: number;
  gpus: number;
  /** `statuses[last].healthy`; null when the task has no health check result. */
  healthy: boolean | null;
  image: string | null;
  /** Host ports the task holds (its `ports` resource), for host:port links. */
  hostPorts: number[];
  /** The task's container IPs (`statuses[last].container_status.network_infos`). */
  ipAddresses: string[];
  /** Time of the first status (staging or running). */
  stagedAt: number | null;
  /** Time of the first TASK_RUNNING status. */
  startedAt: number | null;
  /** Time of the terminal status, if any. */
  finishedAt: number | null;
  /** Time of the latest status. */
  updatedAt: number | null;
}

export interface TaskDetail extends TaskRow {
  /** "" for the command executor (then the executor id is the task id). */
  executorId: string;
  role: string | null;
  statuses: TaskStatusRow[];
  resources: ResourceSet;
  container: TaskContainer | null;
  containerId: string | null;
  labels: { key: string; value: string }[];
  discovery: {
    name: string | null;
    visibility: string | null;
    ports: { number: number; protocol: string | null; name: string | null }[];
  } | null;
}

/** What `/api/cluster/tasks?sort=` accepts; the proxy validates it and the browser offers it. */
export const TASK_SORT_KEYS = [
  'id',
  'name',
  'state',
  'framework',
  'agent',
  'app',
  'staged',
  'started',
  'updated',
  'cpus',
  'mem',
] as const;

export type TaskSortKey = (typeof TASK_SORT_KEYS)[number];

// ---------------------------------------------------------------------------------------------
// Slices and summary

export type SortOrder = 'asc' | 'desc';

export interface Slice<Row> {
  /** Rows matching the filters (before paging). */
  total: number;
  offset: number;
  limit: number;
  rows: Row[];
  /** The snapshot these rows come from; increments on each successful poll of the master. */
  generation: number;
}

export type TaskSlice = Slice<TaskRow>;
export type AgentSlice = Slice<AgentRow>;

export interface ModelStatus {
  /** 0 until the first successful poll. */
  generation: number;
  /** When the current snapshot was fetched, epoch ms; null before the first one. */
  fetchedAt: number | null;
  /** Age of the snapshot when this status was written, ms. */
  ageMs: number | null;
  /** Size of the last `/master/state` body. */
  stateBytes: number;
  /** Current poll interval (grows with cluster size, backs off on errors). */
  pollIntervalMs: number;
  /** True while the last poll failed or the snapshot is older than three intervals. */
  stale: boolean;
  lastError: string | null;
  consecutiveErrors: number;
  /**
   * `stream`: the model follows the leader's operator-API event stream (Mesos ≥ 1.1);
   * `poll`: it reads `/master/state` per interval (older masters, or while the stream is down).
   */
  feed: 'poll' | 'stream';
}

export interface ClusterSummary {
  status: ModelStatus;
  mesosVersion: string | null;
  cluster: string | null;
  /** Leading master UPID (`master@10.0.0.1:5050`) and address. */
  leader: { pid: string; address: string; hostname: string | null } | null;
  startTime: number | null;
  electedTime: number | null;
  resources: { total: ResourceAmounts; used: ResourceAmounts; offered: ResourceAmounts };
  agents: { active: number; inactive: number; recovered: number; unreachable: number };
  frameworks: { active: number; inactive: number; completed: number };
  tasks: TaskCounts;
  /** Marathon answered the last poll (app ids are joined only then). */
  marathon: boolean;
}

/** One `/metrics/snapshot` sample. Terminal task counts are Mesos counters (cumulative). */
export interface MetricsSample {
  t: number;
  cpus: { total: number; used: number };
  mem: { total: number; used: number };
  disk: { total: number; used: number };
  gpus: { total: number; used: number };
  tasks: {
    staging: number;
    starting: number;
    running: number;
    killing: number;
    unreachable: number;
    finished: number;
    failed: number;
    killed: number;
    lost: number;
    error: number;
  };
}

export interface MetricsHistory {
  intervalMs: number;
  capacity: number;
  samples: MetricsSample[];
}

/** One agent's allocation over time; parallel arrays, one entry per master-state poll. */
export interface AgentHistory {
  agentId: string;
  t: number[];
  cpus: { used: number[]; total: number[] };
  mem: { used: number[]; total: number[] };
  disk: { used: number[]; total: number[] };
  gpus: { used: number[]; total: number[] };
}

export interface ClusterModelError {
  message: string;
}
