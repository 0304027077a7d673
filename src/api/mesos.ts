/**
 * Mesos v0 HTTP API shapes (master `/master/state`, `/master/state-summary`, agent `/state`,
 * `/files/*`, `/metrics/snapshot`) as real masters write them from 0.2x to 1.x.
 * Fields that only some generations write are optional: `leader_info` (>= 1.2), `port` on agents
 * (>= 1.8), `unreachable_slaves`, `domain`, `capabilities`, ...
 */

/** Scalars are numbers; ranges are Mesos' text form such as "[31000-32000]". */
export interface MesosResources {
  cpus?: number;
  mem?: number;
  disk?: number;
  gpus?: number;
  ports?: string;
  [name: string]: number | string | undefined;
}

export type TaskState =
  | 'TASK_STAGING'
  | 'TASK_STARTING'
  | 'TASK_RUNNING'
  | 'TASK_KILLING'
  | 'TASK_FINISHED'
  | 'TASK_KILLED'
  | 'TASK_FAILED'
  | 'TASK_LOST'
  | 'TASK_ERROR'
  | 'TASK_DROPPED'
  | 'TASK_UNREACHABLE'
  | 'TASK_GONE'
  | 'TASK_GONE_BY_OPERATOR'
  | 'TASK_UNKNOWN';

export const TERMINAL_TASK_STATES: readonly TaskState[] = [
  'TASK_FINISHED',
  'TASK_KILLED',
  'TASK_FAILED',
  'TASK_LOST',
  'TASK_ERROR',
  'TASK_DROPPED',
  'TASK_GONE',
  'TASK_GONE_BY_OPERATOR',
];

/** Every task state: those a task can still leave, then the terminal ones. */
export const TASK_STATES: readonly TaskState[] = [
  'TASK_STAGING',
  'TASK_STARTING',
  'TASK_RUNNING',
  'TASK_KILLING',
  'TASK_UNREACHABLE',
  'TASK_UNKNOWN',
  ...TERMINAL_TASK_STATES,
];

export interface MesosLabel {
  key: string;
  value?: string;
}

export interface MesosTaskStatus {
  state: TaskState;
  timestamp: number;
  container_status?: {
    container_id?: { value: string };
    network_infos?: { ip_addresses?: { ip_address?: string; protocol?: string }[] }[];
  };
  healthy?: boolean;
  message?: string;
  reason?: string;
  source?: string;
  labels?: MesosLabel[];
}

export interface MesosPortMappingInfo {
  host_port: number;
  container_port: number;
  protocol?: string;
}

export interface MesosContainerInfo {
  type: 'DOCKER' | 'MESOS';
  docker?: {
    image: string;
    network?: 'HOST' | 'BRIDGE' | 'NONE' | 'USER';
    port_mappings?: MesosPortMappingInfo[];
    privileged?: boolean;
    force_pull_image?: boolean;
  };
  mesos?: { image?: { type: string; docker?: { name: string } } };
  volumes?: { container_path: string; host_path?: string; mode: 'RW' | 'RO' }[];
}

export interface MesosTask {
  id: string;
  name: string;
  framework_id: string;
  /** "" for the command executor, in which case the executor id equals the task id. */
  executor_id: string;
  slave_id: string;
  state: TaskState;
  resources: MesosResources;
  role?: string;
  statuses: MesosTaskStatus[];
  labels?: MesosLabel[];
  discovery?: {
    visibility?: string;
    name?: string;
    ports?: { ports?: { number: number; protocol?: string; name?: string }[] };
  };
  container?: MesosContainerInfo;
  health_check?: unknown;
}

export interface MesosAgent {
  id: string;
  /** libprocess UPID such as `slave(1)@10.0.0.1:5051`; the reliable source of ip:port. */
  pid: string;
  hostname: string;
  /** Only written by Mesos >= 1.8. */
  port?: number;
  registered_time?: number;
  reregistered_time?: number;
  resources: MesosResources;
  used_resources: MesosResources;
  offered_resources: MesosResources;
  reserved_resources?: Record<string, MesosResources>;
  unreserved_resources?: MesosResources;
  attributes: Record<string, string | number>;
  active: boolean;
  deactivated?: boolean;
  /** Mesos >= 1.9, while a DRAIN_AGENT is in progress or done (until REACTIVATE_AGENT). */
  drain_info?: MesosDrainInfo;
  version?: string;
  capabilities?: string[];
}

export interface MesosDrainInfo {
  state: 'DRAINING' | 'DRAINED';
  config: { max_grace_period?: { nanoseconds: number }; mark_gone?: boolean };
}

/** One entry of an agent's `/monitor/statistics`: one executor's container usage. */
export interface MesosExecutorStatistics {
  executor_id: string;
  executor_name: string;
  framework_id: string;
  source: string;
  container_id?: string;
  statistics: {
    /** Epoch seconds of the sample. */
    timestamp: number;
    cpus_limit?: number;
    cpus_user_time_secs?: number;
    cpus_system_time_secs?: number;
    mem_limit_bytes?: number;
    mem_rss_bytes?: number;
  };
}

/** `/master/state-summary` agents carry per-state counters and their frameworks. */
export type MesosAgentSummary = MesosAgent &
  Partial<Record<TaskState, number>> & { framework_ids?: string[] };

export interface MesosOffer {
  id: string;
  framework_id: string;
  slave_id: string;
  resources: MesosResources;
  /** MULTI_ROLE masters (>= 1.3) say which role the offer is for. */
  allocation_info?: { role: string };
}

export interface MesosFramework {
  id: string;
  name: string;
  pid?: string;
  hostname: string;
  user?: string;
  role?: string;
  roles?: string[];
  principal?: string;
  webui_url?: string;
  active: boolean;
  connected?: boolean;
  recovered?: boolean;
  registered_time?: number;
  reregistered_time?: number;
  unregistered_time?: number;
  failover_timeout?: number;
  checkpoint?: boolean;
  capabilities?: string[];
  resources: MesosResources;
  used_resources: MesosResources;
  offered_resources: MesosResources;
  tasks: MesosTask[];
  unreachable_tasks?: MesosTask[];
  completed_tasks: MesosTask[];
  offers?: MesosOffer[];
  executors?: unknown[];
}

export type MesosFrameworkSummary = Omit<
  MesosFramework,
  'tasks' | 'completed_tasks' | 'unreachable_tasks' | 'offers' | 'executors' | 'resources'
> &
  Partial<Record<TaskState, number>> & { slave_ids?: string[] };

export interface MesosLeaderInfo {
  id: string;
  pid: string;
  port: number;
  hostname: string;
}

export interface MesosMasterState {
  version: string;
  git_sha?: string;
  git_tag?: string;
  build_date?: string;
  build_time?: number;
  build_user?: string;
  start_time: number;
  elected_time?: number;
  id: string;
  /** This master's UPID, e.g. `master@10.0.4.58:5050`. */
  pid: string;
  hostname: string;
  /** The leader's UPID; only when a leader is known. Pre-1.0 masters answer state themselves. */
  leader?: string;
  /** Mesos >= 1.2. */
  leader_info?: MesosLeaderInfo;
  cluster?: string;
  capabilities?: string[];
  activated_slaves: number;
  deactivated_slaves: number;
  unreachable_slaves?: number;
  log_dir?: string;
  external_log_file?: string;
  flags?: Record<string, string>;
  slaves: MesosAgent[];
  recovered_slaves?: MesosAgent[];
  frameworks: MesosFramework[];
  completed_frameworks: MesosFramework[];
  orphan_tasks?: MesosTask[];
  unregistered_frameworks?: string[];
}

export interface MesosStateSummary {
  hostname: string;
  cluster?: string;
  slaves: MesosAgentSummary[];
  frameworks: MesosFrameworkSummary[];
}

export type MetricsSnapshot = Record<string, number>;

export interface MesosExecutor {
  id: string;
  name: string;
  source: string;
  container: string;
  /** The sandbox: `<work_dir>/slaves/<agent>/frameworks/<fw>/executors/<exec>/runs/<container>`. */
  directory: string;
  resources: MesosResources;
  labels?: MesosLabel[];
  type?: string;
  tasks: MesosTask[];
  queued_tasks: MesosTask[];
  completed_tasks: MesosTask[];
}

export interface MesosAgentFramework {
  id: string;
  name: string;
  user: string;
  failover_timeout?: number;
  checkpoint?: boolean;
  hostname: string;
  role?: string;
  roles?: string[];
  principal?: string;
  executors: MesosExecutor[];
  completed_executors: MesosExecutor[];
}

export interface MesosAgentState {
  version: string;
  start_time: number;
  id: string;
  pid: string;
  hostname: string;
  resources: MesosResources;
  reserved_resources?: Record<string, MesosResources>;
  unreserved_resources?: MesosResources;
  /** By role, v1-style `Resource`s with their reservations (1.x). */
  reserved_resources_full?: Record<string, unknown[]>;
  unreserved_resources_full?: unknown[];
  attributes: Record<string, string | number>;
  master_hostname?: string;
  /** Set when the agent runs with --log_dir: its files API then serves `/slave/log`. */
  log_dir?: string;
  flags?: Record<string, string>;
  frameworks: MesosAgentFramework[];
  completed_frameworks: MesosAgentFramework[];
}

/** One entry of `GET /files/browse?path=`. */
export interface MesosFileInfo {
  path: string;
  nlink: number;
  size: number;
  /** Epoch seconds. */
  mtime: number;
  /** ls-style, e.g. `-rw-r--r--` or `drwxr-xr-x`. */
  mode: string;
  uid: string;
  gid: string;
}

/** `GET /files/read`: with `offset=-1` nothing is read and `offset` is the file size. */
export interface MesosFileRead {
  data: string;
  offset: number;
}
