/**
 * The seam between the simulated Mesos side (mocks/mesos) and the simulated Marathon side
 * (mocks/marathon). Marathon is a Mesos framework: it sees agents as offers and launches,
 * kills and watches tasks only through this port, as a real scheduler would.
 */
import type { RequestHandler } from 'msw';
import type { MesosContainerInfo, MesosLabel, TaskState } from '../src/api/mesos';

/** What a scheduler sees of one agent when matching offers. */
export interface AgentOffer {
  agentId: string;
  hostname: string;
  attributes: Record<string, string | number>;
  /** Unallocated scalars. */
  cpus: number;
  mem: number;
  disk: number;
  gpus: number;
  /** Unallocated port numbers as inclusive ranges, e.g. [[31000, 32000]]. */
  ports: [number, number][];
}

export interface TaskLaunch {
  taskId: string;
  name: string;
  agentId: string;
  resources: { cpus: number; mem: number; disk: number; gpus: number; ports: number[] };
  /** Shell command (`cmd`) or undefined for Docker images run with their own entrypoint. */
  command?: string;
  container?: MesosContainerInfo;
  labels?: MesosLabel[];
  discovery?: { name: string; ports: { number: number; protocol: string; name?: string }[] };
}

export interface TaskStatusUpdate {
  taskId: string;
  agentId: string;
  state: TaskState;
  /** Model time, ms. */
  timestamp: number;
  message?: string;
  healthy?: boolean;
}

/** Offered by the Mesos side to one registered framework. */
export interface SchedulerPort {
  frameworkId: string;
  /** Current offers: one per active agent, with what is still free on it. */
  offers(): AgentOffer[];
  /** Launch a task; it goes TASK_STAGING -> TASK_STARTING -> TASK_RUNNING as model time passes. */
  launch(task: TaskLaunch): void;
  /** Kill a task; it goes TASK_KILLING -> TASK_KILLED. Unknown ids are ignored. */
  kill(taskId: string): void;
  /** Status updates for this framework's tasks (including TASK_LOST/UNREACHABLE when an agent is lost). */
  onStatus(listener: (update: TaskStatusUpdate) => void): () => void;
}

export interface MarathonSimulationOptions {
  /** Marathon's framework handle on the simulated Mesos master. */
  scheduler: SchedulerPort;
  /** Model time, ms. */
  now(): number;
  /** Seeded PRNG in [0, 1): the only randomness the simulation may use. */
  random(): number;
  /** `host:port` of each Marathon instance, in order; instance 0 leads at start. */
  instanceAddresses: string[];
  /** Seed the apps of the operator's log: nginx, tomcat, basic-0. */
  seedApps: boolean;
  /** Address (`host:port`) of the Mesos master Marathon reports in /v2/info. */
  mesosMasterAddress(): string;
  /** False: a Marathon without `/v2/events` (before 0.9), answering it as an unknown URI. */
  eventStream?: boolean;
}

/** The Marathon side as the composition (mocks/cluster.ts) drives it. */
export interface MarathonSimulation {
  /** Advance Marathon's own timers (deployment steps, backoff, offer rounds) to model time `now`. */
  tick(now: number): void;
  instances(): { address: string; running: boolean; leader: boolean }[];
  leader(): { address: string } | null;
  electAnotherLeader(index?: number): void;
  stopInstance(index: number): void;
  startInstance(index: number): void;
  setAddress(oldAddress: string, newAddress: string): void;
  /**
   * MSW handlers for every Marathon instance; a handler picks the instance from the request
   * URL's host and returns `undefined` (passes) for hosts that are not Marathon instances.
   * A stopped instance answers with a network error (`HttpResponse.error()`).
   */
  handlers(): RequestHandler[];
}

export type CreateMarathonSimulation = (options: MarathonSimulationOptions) => MarathonSimulation;
