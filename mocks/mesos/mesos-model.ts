/**
 * The simulated Mesos cluster: masters with a quorum-based leader, agents with resources and
 * sandboxes, frameworks with tasks that progress as model time passes. Everything is indexed
 * by Maps so a 10k-agent / 100k-task cluster builds and serializes in linear time.
 */
import type { TaskState } from '../../src/api/mesos';
import { TERMINAL_TASK_STATES } from '../../src/api/mesos';
import type { AgentOffer, SchedulerPort, TaskLaunch, TaskStatusUpdate } from '../contracts';
import type { Prng } from './prng';
import { subtractPorts } from './port-ranges';
import type {
  AgentDrain,
  AgentRecord,
  FrameworkRecord,
  MasterRecord,
  StatusRecord,
  TaskRecord,
} from './records';

export const MESOS_VERSION = '1.11.0';
export const WORK_DIR = '/var/lib/mesos';
/** Mesos' --max_completed_tasks_per_framework default. */
export const MAX_COMPLETED_TASKS_PER_FRAMEWORK = 1000;
/** Mesos' --max_completed_frameworks default. */
export const MAX_COMPLETED_FRAMEWORKS = 50;
/** What an agent keeps browsable (Mesos' --max_completed_executors_per_framework is 150). */
export const MAX_COMPLETED_EXECUTORS_PER_AGENT = 150;

export interface MesosModelOptions {
  prng: Prng;
  startTime: number;
  masters: number;
  agents: number;
  /** See SimulatedClusterOptions.logBacklogMs; default 0. */
  logBacklogMs?: number;
  /** What the masters and agents report; default MESOS_VERSION. */
  version?: string;
}

export interface FrameworkRegistration {
  name: string;
  user?: string;
  hostname?: string;
  role?: string;
  principal?: string;
  webuiUrl?: string;
  failoverTimeout?: number;
  /** PARTITION_AWARE frameworks see TASK_UNREACHABLE instead of TASK_LOST when an agent is lost. */
  capabilities?: string[];
}

const TERMINAL = new Set<TaskState>(TERMINAL_TASK_STATES);

/**
 * What the master tells operator-API subscribers (`SUBSCRIBE`), in the order it happens. A
 * `LEADER_CHANGED` is internal: streams served by a master that no longer leads end then.
 */
export type MesosModelEvent =
  | { type: 'TASK_ADDED'; task: TaskRecord }
  | { type: 'TASK_UPDATED'; task: TaskRecord; status: StatusRecord }
  | { type: 'AGENT_ADDED' | 'AGENT_REMOVED'; agent: AgentRecord }
  | {
      type: 'FRAMEWORK_ADDED' | 'FRAMEWORK_UPDATED' | 'FRAMEWORK_REMOVED';
      framework: FrameworkRecord;
    }
  | { type: 'LEADER_CHANGED' };

export class MesosModel {
  readonly masters: MasterRecord[] = [];
  readonly agents: AgentRecord[] = [];
  readonly agentsById = new Map<string, AgentRecord>();
  private readonly mastersByAddress = new Map<string, MasterRecord>();
  private readonly agentsByAddress = new Map<string, AgentRecord>();
  readonly frameworks = new Map<string, FrameworkRecord>();
  /** Oldest first, capped like --max_completed_frameworks. */
  readonly completedFrameworks = new Map<string, FrameworkRecord>();
  /** Terminal task counters since start, for the `master/tasks_*` counters. */
  readonly terminalCounts = new Map<TaskState, number>();
  /** The master whose id prefixes agent and framework ids. */
  readonly clusterId: string;
  leaderIndex: number | null = null;
  /** Model time of output each sandbox log holds when its task starts running. */
  readonly logBacklogMs: number;
  readonly version: string;

  private clock: number;
  private readonly prng: Prng;
  private readonly transitional = new Set<TaskRecord>();
  private readonly outbox: { framework: FrameworkRecord; update: TaskStatusUpdate }[] = [];
  private delivering = false;
  private nextFrameworkSeq = 0;
  private previousLeader = 0;
  private readonly watchers = new Set<(event: MesosModelEvent) => void>();

  constructor(options: MesosModelOptions) {
    this.prng = options.prng;
    this.clock = options.startTime;
    this.logBacklogMs = options.logBacklogMs ?? 0;
    this.version = options.version ?? MESOS_VERSION;
    for (let i = 0; i < options.masters; i++) {
      this.masters.push({
        index: i,
        id: this.prng.uuid(),
        address: `master-${i + 1}.mesos.test:5050`,
        running: true,
        startTime: options.startTime - 3_600_000 + this.prng.int(0, 5_000),
        electedTime: null,
      });
    }
    for (const master of this.masters) this.mastersByAddress.set(master.address, master);
    this.clusterId = this.masters[0]?.id ?? this.prng.uuid();
    this.elect(0, options.startTime - 3_590_000);
    for (let i = 0; i < options.agents; i++) this.addAgent(i, options.startTime);
  }

  now(): number {
    return this.clock;
  }

  /** Every change an operator-API subscriber would see, as it happens. */
  watch(watcher: (event: MesosModelEvent) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private emit(event: MesosModelEvent): void {
    for (const watcher of [...this.watchers]) watcher(event);
  }

  random(): number {
    return this.prng.next();
  }

  uuid(): string {
    return this.prng.uuid();
  }

  /** The master or agent listening at `host:port`. */
  nodeAt(address: string): { master: MasterRecord } | { agent: AgentRecord } | undefined {
    const master = this.mastersByAddress.get(address);
    if (master) return { master };
    const agent = this.agentsByAddress.get(address);
    return agent ? { agent } : undefined;
  }

  /** Re-address a master or agent; returns false when no node had `oldAddress`. */
  setAddress(oldAddress: string, newAddress: string): boolean {
    const master = this.mastersByAddress.get(oldAddress);
    if (master) {
      this.mastersByAddress.delete(oldAddress);
      master.address = newAddress;
      this.mastersByAddress.set(newAddress, master);
      return true;
    }
    const agent = this.agentsByAddress.get(oldAddress);
    if (!agent) return false;
    this.agentsByAddress.delete(oldAddress);
    agent.address = newAddress;
    this.agentsByAddress.set(newAddress, agent);
    return true;
  }

  // ---- masters -------------------------------------------------------------------------------

  leader(): MasterRecord | null {
    return this.leaderIndex === null ? null : (this.masters[this.leaderIndex] ?? null);
  }

  private hasQuorum(): boolean {
    const running = this.masters.filter((m) => m.running).length;
    return running >= Math.floor(this.masters.length / 2) + 1;
  }

  /** Make `index` the leader if it runs and a quorum of masters runs; otherwise nobody leads. */
  private elect(index: number | null, at = this.clock): void {
    const current = this.leader();
    if (current) current.electedTime = null;
    const candidate = index === null ? undefined : this.masters[index];
    if (!candidate?.running || !this.hasQuorum()) {
      this.leaderIndex = null;
      this.emit({ type: 'LEADER_CHANGED' });
      return;
    }
    this.leaderIndex = candidate.index;
    this.previousLeader = candidate.index;
    candidate.electedTime = at;
    if (current && current !== candidate) {
      // Agents and frameworks re-register with a new leader.
      for (const agent of this.agents) if (!agent.unreachable) agent.reregisteredTime = at;
      for (const framework of this.frameworks.values()) framework.reregisteredTime = at;
    }
    this.emit({ type: 'LEADER_CHANGED' });
  }

  /** The next running master after the current (or last) leader. */
  private nextRunning(after: number): number | null {
    for (let step = 1; step <= this.masters.length; step++) {
      const candidate = this.masters[(after + step) % this.masters.length];
      if (candidate?.running) return candidate.index;
    }
    return null;
  }

  electAnotherLeader(index?: number): void {
    if (index !== undefined) {
      const master = this.masters[index];
      if (!master) throw new RangeError(`no master ${index}`);
      if (!master.running) throw new Error(`master ${index} is stopped and cannot be elected`);
      this.elect(index);
      return;
    }
    this.elect(this.nextRunning(this.leaderIndex ?? this.previousLeader));
  }

  stopMaster(index: number): void {
    const master = this.masters[index];
    if (!master) throw new RangeError(`no master ${index}`);
    master.running = false;
    if (this.leaderIndex === index || !this.hasQuorum()) {
      this.elect(this.nextRunning(index));
    }
    // A stopped master's open streams end with it, leader or not.
    this.emit({ type: 'LEADER_CHANGED' });
  }

  startMaster(index: number): void {
    const master = this.masters[index];
    if (!master) throw new RangeError(`no master ${index}`);
    if (master.running) return;
    master.running = true;
    master.startTime = this.clock;
    if (this.leaderIndex === null) this.elect(this.nextRunning(this.previousLeader - 1));
  }

  // ---- agents --------------------------------------------------------------------------------

  /** A new agent registers with the leader (it has no HTTP server in the HTTP runtime). */
  registerAgent(): AgentRecord {
    const agent = this.addAgent(this.agents.length, this.clock);
    agent.registeredTime = this.clock;
    this.emit({ type: 'AGENT_ADDED', agent });
    return agent;
  }

  private addAgent(index: number, now: number): AgentRecord {
    const n = index + 1;
    const agent: AgentRecord = {
      index,
      id: `${this.clusterId}-S${index}`,
      hostname: `slave-${n}`,
      address: `slave-${n}.mesos.test:5051`,
      ip: `10.0.${Math.floor(n / 250)}.${(n % 250) + 1}`,
      active: true,
      deactivated: false,
      drain: null,
      unreachable: false,
      gone: false,
      registeredTime: now - 3_500_000 + this.prng.int(0, 60_000),
      reregisteredTime: null,
      attributes: { rack: `rack-${(index % 3) + 1}`, zone: index % 2 === 0 ? 'a' : 'b' },
      total: { cpus: 4, mem: 4096, disk: 29_985, gpus: 0 },
      portRanges: [[31000, 32000]],
      allocated: { cpus: 0, mem: 0, disk: 0, gpus: 0 },
      usedPorts: new Set(),
      tasks: new Map(),
      completed: new Map(),
    };
    this.agents.push(agent);
    this.agentsById.set(agent.id, agent);
    this.agentsByAddress.set(agent.address, agent);
    return agent;
  }

  agent(idOrIndex: string | number): AgentRecord | undefined {
    return typeof idOrIndex === 'number' ? this.agents[idOrIndex] : this.agentsById.get(idOrIndex);
  }

  /** What is still free on an active agent. */
  offerFor(agent: AgentRecord): AgentOffer {
    const round = (value: number) => Math.round(value * 1000) / 1000;
    return {
      agentId: agent.id,
      hostname: agent.hostname,
      attributes: agent.attributes,
      cpus: round(agent.total.cpus - agent.allocated.cpus),
      mem: round(agent.total.mem - agent.allocated.mem),
      disk: round(agent.total.disk - agent.allocated.disk),
      gpus: round(agent.total.gpus - agent.allocated.gpus),
      ports:
        agent.usedPorts.size === 0
          ? agent.portRanges.map(([from, to]): [number, number] => [from, to])
          : subtractPorts(agent.portRanges, agent.usedPorts),
    };
  }

  /** The agent is gone: partition-aware frameworks see TASK_UNREACHABLE, others TASK_LOST. */
  loseAgent(idOrIndex: string | number): void {
    const agent = this.agent(idOrIndex);
    if (!agent) throw new RangeError(`no agent ${String(idOrIndex)}`);
    if (agent.unreachable) return;
    agent.active = false;
    agent.unreachable = true;
    for (const task of [...agent.tasks.values()]) {
      const framework = this.frameworks.get(task.frameworkId);
      const partitionAware = framework?.capabilities.includes('PARTITION_AWARE') ?? false;
      this.transition(task, partitionAware ? 'TASK_UNREACHABLE' : 'TASK_LOST', {
        reason: 'REASON_SLAVE_REMOVED',
        source: 'SOURCE_MASTER',
        message: 'Agent removed: health check timed out',
      });
    }
    this.emit({ type: 'AGENT_REMOVED', agent });
    this.deliver();
  }

  /** The task's process exits non-zero (TASK_FAILED from its executor), as a crashing app does. */
  failTask(taskId: string, message = 'Command exited with status 1'): void {
    const task = [...this.frameworks.values()]
      .map((framework) => framework.tasks.get(taskId))
      .find((found) => found !== undefined);
    if (!task) throw new RangeError(`no live task ${taskId}`);
    this.transition(task, 'TASK_FAILED', {
      reason: 'REASON_COMMAND_EXECUTOR_FAILED',
      source: 'SOURCE_EXECUTOR',
      message,
    });
    this.deliver();
  }

  /** DEACTIVATE_AGENT: no more offers from it; its tasks keep running. */
  deactivateAgent(agent: AgentRecord): void {
    agent.deactivated = true;
  }

  /** REACTIVATE_AGENT: offers again, and a finished drain is forgotten. */
  reactivateAgent(agent: AgentRecord): void {
    agent.deactivated = false;
    agent.drain = null;
  }

  /**
   * DRAIN_AGENT: deactivate, then kill every task with at most `maxGracePeriodMs` of grace
   * (the simulation caps it at 3 s so a drain is watchable); DRAINED once the last one ends,
   * and then gone when `markGone`.
   */
  drainAgent(agent: AgentRecord, config: Omit<AgentDrain, 'state'>): void {
    agent.deactivated = true;
    agent.drain = { state: 'DRAINING', ...config };
    const grace = Math.max(500, Math.min(config.maxGracePeriodMs ?? 3_000, 3_000));
    const ended = config.markGone ? 'TASK_GONE_BY_OPERATOR' : 'TASK_KILLED';
    for (const task of [...agent.tasks.values()]) {
      if (task.state !== 'TASK_KILLING') this.transition(task, 'TASK_KILLING');
      task.pending = { state: ended, at: this.clock + grace };
      this.transitional.add(task);
    }
    if (agent.tasks.size === 0) this.drained(agent);
    this.deliver();
  }

  private drained(agent: AgentRecord): void {
    if (!agent.drain) return;
    agent.drain.state = 'DRAINED';
    if (agent.drain.markGone) this.markAgentGone(agent);
  }

  /** MARK_AGENT_GONE: its tasks are TASK_GONE_BY_OPERATOR and it never comes back. */
  markAgentGone(agent: AgentRecord): void {
    if (agent.gone) return;
    agent.gone = true;
    agent.active = false;
    agent.unreachable = true;
    for (const task of [...agent.tasks.values()]) {
      this.transition(task, 'TASK_GONE_BY_OPERATOR', {
        reason: 'REASON_SLAVE_REMOVED_BY_OPERATOR',
        source: 'SOURCE_MASTER',
        message: 'Agent marked gone by the operator',
      });
    }
    this.emit({ type: 'AGENT_REMOVED', agent });
    this.deliver();
  }

  // ---- frameworks and tasks ------------------------------------------------------------------

  registerFramework(registration: FrameworkRegistration): SchedulerPort {
    const framework = this.addFramework(registration, this.clock);
    const port: SchedulerPort = {
      frameworkId: framework.id,
      offers: () =>
        this.agents.filter((a) => a.active && !a.deactivated).map((a) => this.offerFor(a)),
      launch: (task) => {
        this.launch(framework, task);
      },
      kill: (taskId) => {
        this.kill(framework, taskId);
      },
      onStatus: (listener) => {
        framework.listeners.add(listener);
        return () => framework.listeners.delete(listener);
      },
    };
    return port;
  }

  addFramework(registration: FrameworkRegistration, registeredTime: number): FrameworkRecord {
    const id = `${this.clusterId}-${String(this.nextFrameworkSeq++).padStart(4, '0')}`;
    const hostname = registration.hostname ?? this.masters[0]?.address.split(':')[0] ?? 'localhost';
    const framework: FrameworkRecord = {
      id,
      name: registration.name,
      user: registration.user ?? 'root',
      hostname,
      pid: `scheduler-${this.prng.uuid()}@${hostname}:${this.prng.int(30000, 60000)}`,
      role: registration.role ?? '*',
      webuiUrl: registration.webuiUrl ?? '',
      capabilities: registration.capabilities ?? [],
      failoverTimeout: registration.failoverTimeout ?? 604_800,
      registeredTime,
      reregisteredTime: null,
      unregisteredTime: null,
      active: true,
      tasks: new Map(),
      unreachable: new Map(),
      completed: new Map(),
      listeners: new Set(),
    };
    if (registration.principal !== undefined) framework.principal = registration.principal;
    this.frameworks.set(id, framework);
    this.emit({ type: 'FRAMEWORK_ADDED', framework });
    return framework;
  }

  /** The framework tears down: its running tasks are killed and it moves to completed. */
  completeFramework(framework: FrameworkRecord): void {
    for (const task of [...framework.tasks.values(), ...framework.unreachable.values()]) {
      this.transition(task, 'TASK_KILLED', { reason: 'REASON_FRAMEWORK_REMOVED' });
    }
    framework.active = false;
    framework.unregisteredTime = this.clock;
    this.frameworks.delete(framework.id);
    this.completedFrameworks.set(framework.id, framework);
    capMap(this.completedFrameworks, MAX_COMPLETED_FRAMEWORKS);
    this.emit({ type: 'FRAMEWORK_REMOVED', framework });
    this.deliver();
  }

  /** Put a task on an agent; throws when the agent lacks the resources (a scheduler bug). */
  placeTask(framework: FrameworkRecord, launch: TaskLaunch, state: TaskState): TaskRecord {
    const agent = this.agentsById.get(launch.agentId);
    if (!agent?.active || agent.deactivated) {
      throw new Error(`agent ${launch.agentId} is not active`);
    }
    const { cpus, mem, disk, gpus, ports } = launch.resources;
    if (!this.fits(agent, launch.resources) || agent.allocated.gpus + gpus > agent.total.gpus) {
      throw new Error(`task ${launch.taskId} does not fit on agent ${agent.id}`);
    }
    if (ports.some((p) => agent.usedPorts.has(p))) {
      throw new Error(`task ${launch.taskId} asks for a port already used on ${agent.id}`);
    }
    const task: TaskRecord = {
      id: launch.taskId,
      name: launch.name,
      frameworkId: framework.id,
      agentId: agent.id,
      containerId: this.prng.uuid(),
      resources: { cpus, mem, disk, gpus, ports: [...ports] },
      state,
      statuses: [{ state, timestamp: this.clock }],
      pending: null,
      runningSince: state === 'TASK_RUNNING' ? this.clock : null,
      endedAt: null,
      logs: null,
    };
    if (launch.command !== undefined) task.command = launch.command;
    if (launch.container) task.container = launch.container;
    if (launch.labels) task.labels = launch.labels;
    if (launch.discovery) task.discovery = launch.discovery;
    agent.allocated.cpus += cpus;
    agent.allocated.mem += mem;
    agent.allocated.disk += disk;
    agent.allocated.gpus += gpus;
    for (const p of ports) agent.usedPorts.add(p);
    agent.tasks.set(task.id, task);
    framework.tasks.set(task.id, task);
    this.emit({ type: 'TASK_ADDED', task });
    return task;
  }

  private launch(framework: FrameworkRecord, launch: TaskLaunch): void {
    const task = this.placeTask(framework, launch, 'TASK_STAGING');
    // Docker tasks pull an image first, so they stage longer than shell commands.
    const staging = task.container?.type === 'DOCKER' ? this.prng.int(2_000, 4_000) : 500;
    task.pending = { state: 'TASK_STARTING', at: this.clock + staging };
    this.transitional.add(task);
    this.enqueue(task, task.statuses[0] as StatusRecord);
    this.deliver();
  }

  private kill(framework: FrameworkRecord, taskId: string): void {
    const task = framework.tasks.get(taskId) ?? framework.unreachable.get(taskId);
    if (!task) return;
    if (task.state === 'TASK_UNREACHABLE') {
      this.transition(task, 'TASK_KILLED', { reason: 'REASON_TASK_KILLED_DURING_LAUNCH' });
    } else if (task.state !== 'TASK_KILLING') {
      this.transition(task, 'TASK_KILLING');
      task.pending = { state: 'TASK_KILLED', at: this.clock + 1_000 };
      this.transitional.add(task);
    }
    this.deliver();
  }

  fits(agent: AgentRecord, need: { cpus: number; mem: number; disk: number }): boolean {
    const { total, allocated } = agent;
    return (
      allocated.cpus + need.cpus <= total.cpus + 1e-9 &&
      allocated.mem + need.mem <= total.mem &&
      allocated.disk + need.disk <= total.disk
    );
  }

  /**
   * Replay a finished task at a past model time (for seeding history): it ran from `startedAt`
   * to `endedAt` and ended in `state`.
   */
  backfillFinishedTask(
    framework: FrameworkRecord,
    launch: TaskLaunch,
    startedAt: number,
    endedAt: number,
    state: TaskState,
  ): TaskRecord {
    const now = this.clock;
    this.clock = startedAt;
    const task = this.placeTask(framework, launch, 'TASK_RUNNING');
    this.clock = endedAt;
    this.transition(task, state, { source: 'SOURCE_EXECUTOR' });
    this.clock = now;
    this.deliver();
    return task;
  }

  /** Move model time forward, applying due transitions in time order. */
  advance(ms: number): void {
    const target = this.clock + Math.max(0, ms);
    for (;;) {
      const due = [...this.transitional]
        .filter((t) => t.pending && t.pending.at <= target)
        .sort((a, b) => (a.pending?.at ?? 0) - (b.pending?.at ?? 0));
      if (due.length === 0) break;
      for (const task of due) {
        const pending = task.pending;
        if (!pending) continue;
        this.clock = Math.max(this.clock, pending.at);
        task.pending = null;
        this.transitional.delete(task);
        this.transition(task, pending.state);
        if (pending.state === 'TASK_STARTING') {
          task.pending = { state: 'TASK_RUNNING', at: this.clock + this.prng.int(1_000, 2_000) };
          this.transitional.add(task);
        }
        this.deliver();
      }
    }
    this.clock = target;
  }

  private transition(task: TaskRecord, state: TaskState, extra: Partial<StatusRecord> = {}): void {
    const status: StatusRecord = { state, timestamp: this.clock, ...extra };
    task.state = state;
    task.statuses.push(status);
    if (state === 'TASK_RUNNING') {
      task.runningSince = this.clock;
      status.healthy = true;
    }
    if (TERMINAL.has(state) || state === 'TASK_UNREACHABLE') this.release(task, state);
    this.emit({ type: 'TASK_UPDATED', task, status });
    this.enqueue(task, status);
  }

  /** Free the task's resources and file it under unreachable or completed. */
  private release(task: TaskRecord, state: TaskState): void {
    task.endedAt ??= this.clock;
    task.pending = null;
    this.transitional.delete(task);
    const agent = this.agentsById.get(task.agentId);
    if (agent?.tasks.delete(task.id)) {
      agent.allocated.cpus -= task.resources.cpus;
      agent.allocated.mem -= task.resources.mem;
      agent.allocated.disk -= task.resources.disk;
      agent.allocated.gpus -= task.resources.gpus;
      for (const p of task.resources.ports) agent.usedPorts.delete(p);
      agent.completed.set(task.id, task);
      capMap(agent.completed, MAX_COMPLETED_EXECUTORS_PER_AGENT);
      if (agent.drain?.state === 'DRAINING' && agent.tasks.size === 0) this.drained(agent);
    }
    const framework =
      this.frameworks.get(task.frameworkId) ?? this.completedFrameworks.get(task.frameworkId);
    if (!framework) return;
    framework.tasks.delete(task.id);
    if (state === 'TASK_UNREACHABLE') {
      framework.unreachable.set(task.id, task);
      return;
    }
    framework.unreachable.delete(task.id);
    framework.completed.set(task.id, task);
    capMap(framework.completed, MAX_COMPLETED_TASKS_PER_FRAMEWORK);
    this.terminalCounts.set(state, (this.terminalCounts.get(state) ?? 0) + 1);
  }

  private enqueue(task: TaskRecord, status: StatusRecord): void {
    const framework = this.frameworks.get(task.frameworkId);
    if (!framework || framework.listeners.size === 0) return;
    const update: TaskStatusUpdate = {
      taskId: task.id,
      agentId: task.agentId,
      state: status.state,
      timestamp: status.timestamp,
    };
    if (status.message !== undefined) update.message = status.message;
    if (status.healthy !== undefined) update.healthy = status.healthy;
    this.outbox.push({ framework, update });
  }

  /** Hand queued updates to schedulers; a scheduler may launch or kill from its listener. */
  private deliver(): void {
    if (this.delivering) return;
    this.delivering = true;
    try {
      for (let next = this.outbox.shift(); next; next = this.outbox.shift()) {
        for (const listener of [...next.framework.listeners]) listener(next.update);
      }
    } finally {
      this.delivering = false;
    }
  }
}

/** Drop the oldest entries (Map keeps insertion order) beyond `cap`. */
function capMap<K, V>(map: Map<K, V>, cap: number): void {
  while (map.size > cap) {
    const oldest = map.keys().next();
    if (oldest.done) return;
    map.delete(oldest.value);
  }
}
