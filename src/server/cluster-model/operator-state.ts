import type {
  AgentRow,
  FrameworkDetail,
  PortRange,
  ResourceSet,
  TaskDetail,
} from '../../api/cluster-model';
import type { TaskChange, TaskChanges } from './snapshot';
import type { TaskState } from '../../api/mesos';
import { normalizeAgent } from './normalize-agent';
import { normalizeFramework } from './normalize-framework';
import { countTasks, type MasterMeta, type NormalizedState } from './normalize-master-state';
import { categoryOf, normalizeTask, withStatus, type TaskContext } from './normalize-task';
import {
  asArray,
  asId,
  asNumber,
  asRecord,
  asString,
  isRecord,
  type JsonRecord,
} from './read-json';
import { emptyResourceSet } from './resources';
import { LazyJsonArray } from '../streams/lazy-json';

/** Mesos' `--max_completed_tasks_per_framework` and `--max_completed_frameworks` defaults. */
const MAX_COMPLETED_TASKS_PER_FRAMEWORK = 1000;
const MAX_COMPLETED_FRAMEWORKS = 50;

/** v1 `TimeInfo {nanoseconds}` as the float seconds v0 writes. */
function seconds(value: unknown): number | undefined {
  const nanoseconds = asNumber(asRecord(value).nanoseconds);
  return nanoseconds === null ? undefined : nanoseconds / 1e9;
}

/** v1 `repeated Attribute` as v0's `{name: text | number}`. */
function attributesOf(value: unknown): JsonRecord {
  const attributes: JsonRecord = {};
  for (const raw of asArray(value)) {
    const attribute = asRecord(raw);
    const name = asString(attribute.name);
    if (name === null) continue;
    const text = asString(asRecord(attribute.text).value);
    const scalar = asNumber(asRecord(attribute.scalar).value);
    const set = asArray(asRecord(attribute.set).item).filter((item) => typeof item === 'string');
    const ranges = asArray(asRecord(attribute.ranges).range).map(
      (range) => `${asNumber(asRecord(range).begin)}-${asNumber(asRecord(range).end)}`,
    );
    if (text !== null) attributes[name] = text;
    else if (scalar !== null) attributes[name] = scalar;
    else if (set.length > 0) attributes[name] = `{${set.join(',')}}`;
    else if (ranges.length > 0) attributes[name] = `[${ranges.join(', ')}]`;
  }
  return attributes;
}

const capabilityNames = (value: unknown): string[] =>
  asArray(value)
    .map((capability) => asString(asRecord(capability).type))
    .filter((type): type is string => type !== null);

/**
 * A v1 `Task` in the v0 shape the normalisers read. The role is the one its resources are
 * allocated to (MULTI_ROLE), or their reservation role on older masters.
 */
export function v0Task(raw: JsonRecord): JsonRecord {
  const resource = asRecord(asArray(raw.resources)[0]);
  return {
    ...raw,
    id: asId(raw.task_id),
    framework_id: asId(raw.framework_id),
    slave_id: asId(raw.agent_id),
    executor_id: asId(raw.executor_id) ?? '',
    role: asString(asRecord(resource.allocation_info).role) ?? asString(resource.role),
  };
}

/** A v1 `GetAgents.Agent` in the v0 shape. */
export function v0Agent(raw: JsonRecord): JsonRecord {
  const info = asRecord(raw.agent_info);
  const total = raw.total_resources ?? info.resources;
  return {
    id: asId(info.id),
    hostname: info.hostname,
    port: info.port,
    pid: raw.pid,
    active: raw.active,
    version: raw.version,
    registered_time: seconds(raw.registered_time),
    reregistered_time: seconds(raw.reregistered_time),
    resources: total,
    used_resources: raw.allocated_resources,
    reserved_resources: reservedByRole(total),
    offered_resources: raw.offered_resources,
    attributes: attributesOf(info.attributes),
    domain: info.domain,
  };
}

/**
 * v1 `Resource`s held by a role, grouped by it as v0's `reserved_resources`. The role is the last
 * of the `reservations` stack (refinement format, 1.4+), else the pre-refinement `role`.
 */
function reservedByRole(resources: unknown): Record<string, JsonRecord[]> {
  const reserved: Record<string, JsonRecord[]> = {};
  for (const item of asArray(resources)) {
    const resource = asRecord(item);
    const stack = asArray(resource.reservations);
    const role =
      stack.length > 0 ? asString(asRecord(stack[stack.length - 1]).role) : asString(resource.role);
    if (role !== null && role !== '*') (reserved[role] ??= []).push(resource);
  }
  return reserved;
}

/** A v1 `GetFrameworks.Framework` in the v0 shape (v1 has no scheduler pid). */
export function v0Framework(raw: JsonRecord): JsonRecord {
  const info = asRecord(raw.framework_info);
  return {
    ...info,
    id: asId(info.id),
    active: raw.active,
    connected: raw.connected,
    recovered: raw.recovered,
    capabilities: capabilityNames(info.capabilities),
    registered_time: seconds(raw.registered_time),
    reregistered_time: seconds(raw.reregistered_time),
    unregistered_time: seconds(raw.unregistered_time),
    used_resources: raw.allocated_resources,
    offered_resources: raw.offered_resources,
  };
}

/** Sorted, with touching or overlapping ranges joined, as Mesos writes them. */
function mergeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.begin - b.begin);
  const merged: PortRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && range.begin <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function subtractRanges(ranges: readonly PortRange[], remove: readonly PortRange[]): PortRange[] {
  let left = ranges.map((range) => ({ ...range }));
  for (const cut of remove) {
    left = left.flatMap((range) => {
      if (cut.end < range.begin || cut.begin > range.end) return [range];
      const pieces: PortRange[] = [];
      if (cut.begin > range.begin) pieces.push({ begin: range.begin, end: cut.begin - 1 });
      if (cut.end < range.end) pieces.push({ begin: cut.end + 1, end: range.end });
      return pieces;
    });
  }
  return left;
}

/** Mesos rounds scalars to three decimals; sums of 0.1 cpus must not drift. */
const round3 = (value: number) => Math.round(value * 1000) / 1000;

function adjust(used: ResourceSet, by: ResourceSet, sign: 1 | -1): ResourceSet {
  return {
    cpus: round3(used.cpus + sign * by.cpus),
    mem: round3(used.mem + sign * by.mem),
    disk: round3(used.disk + sign * by.disk),
    gpus: round3(used.gpus + sign * by.gpus),
    ports:
      sign === 1 ? mergeRanges([...used.ports, ...by.ports]) : subtractRanges(used.ports, by.ports),
  };
}

/** A v1 event the state knows how to apply, by its `type`. */
export type OperatorEvent = JsonRecord & { type?: unknown };

/**
 * The cluster as the operator API's `SUBSCRIBE` stream describes it: built from `SUBSCRIBED`'s
 * `get_state`, then changed by each event. `toState()` gives the same rows a `/master/state`
 * read at that moment would. No event carries agent or framework resource changes, so what they
 * use moves with their tasks starting and ending.
 */
export class OperatorState {
  private readonly agents = new Map<string, AgentRow>();
  private readonly frameworks = new Map<string, FrameworkDetail>();
  private readonly completedFrameworks = new Map<string, FrameworkDetail>();
  /** Active and unreachable tasks. */
  private readonly liveTasks = new Map<string, TaskDetail>();
  /** Per framework, oldest first. */
  private readonly completedTasks = new Map<string, Map<string, TaskDetail>>();
  /**
   * Task rows changed since the last `toState` or `takeChanges`, for a snapshot patched from the
   * previous one; null after a change of agents or frameworks (the next snapshot is built whole).
   */
  private changes: TaskChange[] | null = null;
  private agentUsed = new Map<string, ResourceSet>();
  private frameworkUsed = new Map<string, ResourceSet>();
  private readonly context: TaskContext = {
    frameworkName: (id) =>
      (this.frameworks.get(id) ?? this.completedFrameworks.get(id))?.name ?? null,
    agentHostname: (id) => this.agents.get(id)?.hostname ?? null,
  };

  /** `subscribed.get_state` of a `SUBSCRIBED` event. */
  constructor(
    getState: unknown,
    private meta: MasterMeta,
  ) {
    const state = asRecord(getState);
    const agents = asRecord(state.get_agents);
    for (const raw of records(agents.agents)) this.addAgent(raw);
    for (const raw of records(agents.recovered_agents)) {
      const agent = normalizeAgent(v0Agent({ agent_info: raw }), true);
      if (agent !== null && !this.agents.has(agent.id)) this.agents.set(agent.id, agent);
    }
    const frameworks = asRecord(state.get_frameworks);
    for (const raw of records(frameworks.frameworks)) this.putFramework(raw);
    for (const raw of records(frameworks.completed_frameworks)) {
      const framework = normalizeFramework(v0Framework(raw), true);
      if (framework !== null && !this.frameworks.has(framework.id)) {
        this.completedFrameworks.set(framework.id, framework);
      }
    }
    const tasks = asRecord(state.get_tasks);
    for (const field of ['tasks', 'unreachable_tasks', 'orphan_tasks', 'completed_tasks']) {
      for (const raw of records(tasks[field])) {
        const task = normalizeTask(v0Task(raw), 'active', this.context);
        if (task === null) continue;
        task.category = field === 'orphan_tasks' ? 'orphan' : categoryOf(task.state);
        this.file(task);
      }
    }
  }

  get agentCount(): number {
    return this.agents.size;
  }

  /** Applies one event; false for events that change nothing here (e.g. `HEARTBEAT`). */
  apply(event: OperatorEvent): boolean {
    switch (event.type) {
      case 'TASK_ADDED': {
        const task = normalizeTask(
          v0Task(asRecord(asRecord(event.task_added).task)),
          'active',
          this.context,
        );
        if (task === null) return false;
        task.category = categoryOf(task.state);
        this.replaceTask(task);
        return true;
      }
      case 'TASK_UPDATED': {
        const update = asRecord(event.task_updated);
        const status = asRecord(update.status);
        const task = this.liveTasks.get(asId(status.task_id) ?? '');
        const state = asString(update.state) as TaskState | null;
        if (task === undefined || state === null) return false;
        this.replaceTask(withStatus(task, status, state));
        return true;
      }
      case 'AGENT_ADDED':
        this.changes = null;
        return this.addAgent(asRecord(asRecord(event.agent_added).agent));
      case 'AGENT_REMOVED': {
        if (!this.agents.delete(asId(asRecord(event.agent_removed).agent_id) ?? '')) return false;
        this.changes = null;
        // Removed agents are mostly unreachable ones (a shutdown is rarer): counted as those.
        this.meta = { ...this.meta, unreachableAgents: this.meta.unreachableAgents + 1 };
        return true;
      }
      case 'FRAMEWORK_ADDED':
      case 'FRAMEWORK_UPDATED': {
        const body = asRecord(event.framework_added ?? event.framework_updated);
        this.changes = null;
        return this.putFramework(asRecord(body.framework));
      }
      case 'FRAMEWORK_REMOVED': {
        const id = asId(asRecord(asRecord(event.framework_removed).framework_info).id) ?? '';
        const framework = this.frameworks.get(id);
        if (framework === undefined) return false;
        this.changes = null;
        this.frameworks.delete(id);
        this.completedFrameworks.set(id, {
          ...framework,
          status: 'completed',
          connected: false,
          used: emptyResourceSet(),
          unregisteredTime: Date.now(),
        });
        capMap(this.completedFrameworks, MAX_COMPLETED_FRAMEWORKS);
        return true;
      }
      default:
        return false;
    }
  }

  /**
   * The task rows changed since the last call or `toState()`, or null when the next snapshot must
   * be built whole from `toState()` (the first one, or after agents or frameworks changed).
   */
  takeChanges(): TaskChanges | null {
    const changes =
      this.changes === null
        ? null
        : { tasks: this.changes, agentUsed: this.agentUsed, frameworkUsed: this.frameworkUsed };
    this.resetChanges();
    return changes;
  }

  private resetChanges(): void {
    this.changes = [];
    this.agentUsed = new Map();
    this.frameworkUsed = new Map();
  }

  /** Rows for a snapshot: copies, so later events never change a published snapshot. */
  toState(): NormalizedState {
    this.resetChanges();
    const agents = [...this.agents.values()].map((agent) => ({
      ...agent,
      taskCounts: { active: 0, unreachable: 0, completed: 0, byState: {} },
      frameworkIds: [],
    }));
    const frameworks = [...this.frameworks.values(), ...this.completedFrameworks.values()].map(
      (framework) => ({
        ...framework,
        taskCounts: { active: 0, unreachable: 0, completed: 0, byState: {} },
        agentCount: 0,
        agentIds: [],
      }),
    );
    const tasks = [...this.liveTasks.values()];
    for (const completed of this.completedTasks.values()) tasks.push(...completed.values());
    // Names as a fresh read would join them now: a removed agent's tasks lose its hostname.
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i] as TaskDetail;
      const agentHostname = this.context.agentHostname(task.agentId);
      const frameworkName = this.context.frameworkName(task.frameworkId);
      if (task.agentHostname !== agentHostname || task.frameworkName !== frameworkName) {
        const renamed = { ...task, agentHostname, frameworkName };
        tasks[i] = renamed;
        // Kept as published: the next change of this task is found in the snapshot by its row.
        this.store(renamed);
      }
    }
    countTasks(
      tasks,
      new Map(agents.map((agent) => [agent.id, agent])),
      new Map(frameworks.map((framework) => [framework.id, framework])),
    );
    return { meta: this.meta, agents, frameworks, unregisteredFrameworks: [], tasks };
  }

  private addAgent(raw: JsonRecord): boolean {
    const agent = normalizeAgent(v0Agent(raw), false);
    if (agent === null) return false;
    this.agents.set(agent.id, agent);
    return true;
  }

  private putFramework(raw: JsonRecord): boolean {
    const framework = normalizeFramework(v0Framework(raw), false);
    if (framework === null) return false;
    this.completedFrameworks.delete(framework.id);
    this.frameworks.set(framework.id, framework);
    return true;
  }

  /** Files a task by its category and moves its resources on its agent and framework. */
  private replaceTask(task: TaskDetail): void {
    const before = this.liveTasks.get(task.id);
    const usedBefore = before?.category === 'active';
    const usedNow = task.category === 'active';
    if (usedBefore !== usedNow) {
      const sign = usedNow ? 1 : -1;
      const agent = this.agents.get(task.agentId);
      if (agent !== undefined) {
        agent.used = adjust(agent.used, task.resources, sign);
        this.agentUsed.set(agent.id, agent.used);
      }
      const framework = this.frameworks.get(task.frameworkId);
      if (framework !== undefined) {
        framework.used = adjust(framework.used, task.resources, sign);
        this.frameworkUsed.set(framework.id, framework.used);
      }
    }
    this.file(task);
  }

  private file(task: TaskDetail): void {
    const live = this.liveTasks.get(task.id);
    if (task.category !== 'completed') {
      this.liveTasks.set(task.id, task);
      this.changes?.push({ before: live ?? null, after: task });
      return;
    }
    this.liveTasks.delete(task.id);
    let completed = this.completedTasks.get(task.frameworkId);
    if (completed === undefined) this.completedTasks.set(task.frameworkId, (completed = new Map()));
    const earlier = completed.get(task.id);
    completed.delete(task.id);
    completed.set(task.id, task);
    this.changes?.push({ before: live ?? earlier ?? null, after: task });
    if (live !== undefined && earlier !== undefined)
      this.changes?.push({ before: earlier, after: null });
    for (const dropped of capMap(completed, MAX_COMPLETED_TASKS_PER_FRAMEWORK)) {
      this.changes?.push({ before: dropped, after: null });
    }
  }

  /** Puts a row back where it is filed (same id, framework and category). */
  private store(task: TaskDetail): void {
    if (task.category !== 'completed') this.liveTasks.set(task.id, task);
    else this.completedTasks.get(task.frameworkId)?.set(task.id, task);
  }
}

/**
 * The objects of a JSON array, parsed or lazy (`SUBSCRIBED` is read with lazy-json: each element
 * is parsed only when reached, and dropped once read).
 */
function* records(value: unknown): Iterable<JsonRecord> {
  if (!Array.isArray(value) && !(value instanceof LazyJsonArray)) return;
  for (const item of value as Iterable<unknown>) if (isRecord(item)) yield item;
}

/** Drops the oldest entries (a Map keeps insertion order) beyond `cap`; returns them. */
function capMap<K, V>(map: Map<K, V>, cap: number): V[] {
  const dropped: V[] = [];
  for (const [key, value] of map) {
    if (map.size <= cap) break;
    map.delete(key);
    dropped.push(value);
  }
  return dropped;
}
