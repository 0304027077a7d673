/**
 * A small in-memory Mesos for the Marathon tests: agents with resources, tasks that go
 * STAGING -> STARTING -> RUNNING on a manual clock, kills, failures and lost agents.
 */
import type { TaskState } from '../../../src/api/mesos';
import { TERMINAL_TASK_STATES } from '../../../src/api/mesos';
import type { AgentOffer, SchedulerPort, TaskLaunch, TaskStatusUpdate } from '../../contracts';

export interface FakeAgentSpec {
  hostname: string;
  cpus?: number;
  mem?: number;
  disk?: number;
  ports?: [number, number][];
  attributes?: Record<string, string | number>;
}

interface FakeAgent {
  agentId: string;
  hostname: string;
  cpus: number;
  mem: number;
  disk: number;
  ports: [number, number][];
  attributes: Record<string, string | number>;
  active: boolean;
}

interface FakeTask {
  launch: TaskLaunch;
  state: TaskState;
  since: number;
}

const STARTING_AFTER_MS = 1000;
const RUNNING_AFTER_MS = 1000;
const KILLED_AFTER_MS = 500;

export class FakeSchedulerPort implements SchedulerPort {
  readonly frameworkId = 'b7a3c1d2-0000-4000-8000-000000000001-0000';
  readonly agents: FakeAgent[];
  readonly tasks = new Map<string, FakeTask>();
  readonly launches: TaskLaunch[] = [];
  private readonly listeners = new Set<(update: TaskStatusUpdate) => void>();

  constructor(
    agents: FakeAgentSpec[],
    public now: number,
  ) {
    this.agents = agents.map((spec, index) => ({
      agentId: `b7a3c1d2-0000-4000-8000-000000000001-S${index}`,
      hostname: spec.hostname,
      cpus: spec.cpus ?? 4,
      mem: spec.mem ?? 4096,
      disk: spec.disk ?? 10000,
      ports: spec.ports ?? [[31000, 32000]],
      attributes: spec.attributes ?? {},
      active: true,
    }));
  }

  offers(): AgentOffer[] {
    return this.agents
      .filter((agent) => agent.active)
      .map((agent) => {
        const used = [...this.tasks.values()].filter(
          (t) => t.launch.agentId === agent.agentId && !TERMINAL_TASK_STATES.includes(t.state),
        );
        const usedPorts = new Set(used.flatMap((t) => t.launch.resources.ports));
        const sum = (key: 'cpus' | 'mem' | 'disk') =>
          used.reduce((total, t) => total + t.launch.resources[key], 0);
        return {
          agentId: agent.agentId,
          hostname: agent.hostname,
          attributes: agent.attributes,
          cpus: agent.cpus - sum('cpus'),
          mem: agent.mem - sum('mem'),
          disk: agent.disk - sum('disk'),
          gpus: 0,
          ports: freeRanges(agent.ports, usedPorts),
        };
      });
  }

  launch(task: TaskLaunch): void {
    this.launches.push(task);
    this.tasks.set(task.taskId, { launch: task, state: 'TASK_STAGING', since: this.now });
    this.emit(task.taskId, 'TASK_STAGING');
  }

  kill(taskId: string): void {
    const task = this.tasks.get(taskId);
    if (!task || TERMINAL_TASK_STATES.includes(task.state)) return;
    this.setState(taskId, 'TASK_KILLING');
  }

  onStatus(listener: (update: TaskStatusUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Advances the clock and moves tasks along their lifecycle. */
  advance(ms: number): void {
    this.now += ms;
    for (const [taskId, task] of this.tasks) {
      const age = this.now - task.since;
      if (task.state === 'TASK_STAGING' && age >= STARTING_AFTER_MS) {
        this.setState(taskId, 'TASK_STARTING');
      } else if (task.state === 'TASK_STARTING' && age >= RUNNING_AFTER_MS) {
        this.setState(taskId, 'TASK_RUNNING');
      } else if (task.state === 'TASK_KILLING' && age >= KILLED_AFTER_MS) {
        this.setState(taskId, 'TASK_KILLED');
      }
    }
  }

  failTask(taskId: string, message: string): void {
    this.setState(taskId, 'TASK_FAILED', message);
  }

  /** The agent disappears: its tasks are reported TASK_LOST and it sends no more offers. */
  loseAgent(hostname: string): void {
    const agent = this.agents.find((a) => a.hostname === hostname);
    if (!agent) throw new Error(`no agent ${hostname}`);
    agent.active = false;
    for (const [taskId, task] of this.tasks) {
      if (task.launch.agentId === agent.agentId && !TERMINAL_TASK_STATES.includes(task.state)) {
        this.setState(taskId, 'TASK_LOST', 'Agent removed');
      }
    }
  }

  stateOf(taskId: string): TaskState | undefined {
    return this.tasks.get(taskId)?.state;
  }

  private setState(taskId: string, state: TaskState, message?: string): void {
    const task = this.tasks.get(taskId);
    if (!task) return;
    task.state = state;
    task.since = this.now;
    this.emit(taskId, state, message);
  }

  private emit(taskId: string, state: TaskState, message?: string): void {
    const task = this.tasks.get(taskId);
    if (!task) return;
    const update: TaskStatusUpdate = {
      taskId,
      agentId: task.launch.agentId,
      state,
      timestamp: this.now,
      ...(message !== undefined ? { message } : {}),
    };
    for (const listener of [...this.listeners]) listener(update);
  }
}

function freeRanges(ranges: [number, number][], used: Set<number>): [number, number][] {
  const out: [number, number][] = [];
  for (const [begin, end] of ranges) {
    let start = begin;
    for (let port = begin; port <= end + 1; port += 1) {
      if (port > end || used.has(port)) {
        if (port > start) out.push([start, port - 1]);
        start = port + 1;
      }
    }
  }
  return out;
}
