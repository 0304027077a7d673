/** The simulated Mesos model's internal records (what the JSON writers read). */
import type { MesosContainerInfo, MesosLabel, TaskState } from '../../src/api/mesos';
import type { TaskStatusUpdate } from '../contracts';
import type { GeneratedLog } from './generated-log';
import type { PortRange } from './port-ranges';

export interface Scalars {
  cpus: number;
  mem: number;
  disk: number;
  gpus: number;
}

export interface MasterRecord {
  index: number;
  id: string;
  /** `host:port`; the host part is the hostname redirects name. */
  address: string;
  running: boolean;
  /** Model ms. */
  startTime: number;
  electedTime: number | null;
}

export interface StatusRecord {
  state: TaskState;
  /** Model ms. */
  timestamp: number;
  message?: string;
  reason?: string;
  source?: string;
  healthy?: boolean;
}

export interface TaskRecord {
  id: string;
  name: string;
  frameworkId: string;
  agentId: string;
  containerId: string;
  resources: Scalars & { ports: number[] };
  command?: string;
  container?: MesosContainerInfo;
  labels?: MesosLabel[];
  discovery?: { name: string; ports: { number: number; protocol: string; name?: string }[] };
  state: TaskState;
  statuses: StatusRecord[];
  /** The next scheduled transition (STAGING -> STARTING -> RUNNING, KILLING -> KILLED). */
  pending: { state: TaskState; at: number } | null;
  /** Model ms the task started running (its logs start then). */
  runningSince: number | null;
  /** Model ms the task reached a terminal or unreachable state (its logs stop then). */
  endedAt: number | null;
  /** Built on first read of the sandbox. */
  logs: { stdout: GeneratedLog; stderr: GeneratedLog } | null;
}

export interface AgentRecord {
  index: number;
  id: string;
  hostname: string;
  address: string;
  /** Address the container network infos report (a synthetic 10.x IP). */
  ip: string;
  active: boolean;
  /** DEACTIVATE_AGENT or a drain: the master sends it no offers (`deactivated` in its JSON). */
  deactivated: boolean;
  /** DRAIN_AGENT (Mesos >= 1.9): DRAINING until its last task ends, then DRAINED. */
  drain: AgentDrain | null;
  /** Lost agents are unreachable: gone from `slaves`, counted in `unreachable_slaves`. */
  unreachable: boolean;
  /** MARK_AGENT_GONE: removed for good (also `unreachable`, but not counted as such). */
  gone: boolean;
  registeredTime: number;
  reregisteredTime: number | null;
  attributes: Record<string, string | number>;
  total: Scalars;
  portRanges: PortRange[];
  allocated: Scalars;
  usedPorts: Set<number>;
  tasks: Map<string, TaskRecord>;
  /** Terminated executors still browsable on the agent, oldest first, capped. */
  completed: Map<string, TaskRecord>;
}

export interface AgentDrain {
  state: 'DRAINING' | 'DRAINED';
  /** Model ms; null: each task's own kill grace period. */
  maxGracePeriodMs: number | null;
  markGone: boolean;
}

export type StatusListener = (update: TaskStatusUpdate) => void;

export interface FrameworkRecord {
  id: string;
  name: string;
  user: string;
  hostname: string;
  pid: string;
  role: string;
  principal?: string;
  webuiUrl: string;
  capabilities: string[];
  failoverTimeout: number;
  registeredTime: number;
  reregisteredTime: number | null;
  unregisteredTime: number | null;
  active: boolean;
  tasks: Map<string, TaskRecord>;
  unreachable: Map<string, TaskRecord>;
  /** Oldest first, capped like --max_completed_tasks_per_framework. */
  completed: Map<string, TaskRecord>;
  listeners: Set<StatusListener>;
}
