import type {
  AgentRow,
  AgentSortKey,
  FrameworkDetail,
  ResourceAmounts,
  ResourceSet,
  TaskCategory,
  TaskCounts,
  TaskDetail,
  TaskSortKey,
} from '../../api/cluster-model';
import { joinMarathonApp, joinMarathonApps, type AppIndex } from './marathon-join';
import {
  addCount,
  removeCount,
  type MasterMeta,
  type NormalizedState,
} from './normalize-master-state';
import { addAmounts, emptyAmounts } from './resources';
import { LayeredMap } from './layered-map';
import { MatchCache, OrderCache, type SortValue } from './sorted-order';

/** Filtered index lists kept per snapshot (one per distinct filter+sort a viewer pages through). */
const MATCH_CACHE_SIZE = 64;

export interface SnapshotTotals {
  resources: { total: ResourceAmounts; used: ResourceAmounts; offered: ResourceAmounts };
  agents: { active: number; inactive: number; recovered: number; unreachable: number };
  frameworks: { active: number; inactive: number; completed: number };
  tasks: TaskCounts;
}

/** One immutable, indexed view of the cluster, rebuilt on each poll of the leading master. */
export interface ClusterSnapshot {
  readonly generation: number;
  readonly fetchedAt: number;
  readonly stateBytes: number;
  readonly meta: MasterMeta;
  /** Whether Marathon answered, i.e. whether app ids were joined. */
  readonly marathon: boolean;
  /** Marathon's app ids as last read, sorted; empty when Marathon did not answer. */
  readonly appIds: readonly string[];
  /** Marathon's pod ids as last read, sorted; empty when Marathon did not answer or has none. */
  readonly podIds: readonly string[];
  readonly agents: readonly AgentRow[];
  readonly frameworks: readonly FrameworkDetail[];
  readonly unregisteredFrameworks: readonly string[];
  readonly tasks: readonly TaskDetail[];
  readonly agentIndex: ReadonlyMap<string, number>;
  readonly frameworkIndex: ReadonlyMap<string, number>;
  /** Task id -> index; a reused id resolves to its live task before a completed one. */
  readonly taskIndex: ReadonlyMap<string, number>;
  /** Active, unreachable and orphan task indices per agent. */
  readonly liveTasksByAgent: ReadonlyMap<string, readonly number[]>;
  /** Lowercased text each agent is searched in (tasks are searched field by field). */
  readonly agentSearch: readonly string[];
  readonly taskOrders: OrderCache<TaskSortKey>;
  readonly agentOrders: OrderCache<AgentSortKey>;
  readonly matches: MatchCache;
  readonly totals: SnapshotTotals;
  /** Frameworks whose tasks are joined with Marathon's apps (see joinMarathonApps). */
  readonly marathonFrameworks: ReadonlySet<string>;
  /** How long this snapshot took to build, in ms (`stadium_snapshot_build_seconds`). */
  readonly buildMs: number;
  /** `full` from a whole state, `patch` from the previous snapshot and a few changed tasks. */
  readonly built: 'full' | 'patch';
}

export interface SnapshotInput {
  generation: number;
  fetchedAt: number;
  stateBytes: number;
  state: NormalizedState;
  apps: AppIndex | null;
}

const CATEGORY_PRIORITY: Record<TaskCategory, number> = {
  active: 0,
  unreachable: 1,
  orphan: 2,
  completed: 3,
};

export function buildSnapshot(input: SnapshotInput): ClusterSnapshot {
  const started = performance.now();
  const { state } = input;
  const marathonFrameworks =
    input.apps === null
      ? new Set<string>()
      : joinMarathonApps(state.tasks, state.frameworks, input.apps);
  const tasks = state.tasks;
  const agents = state.agents;
  const taskIndex = new Map<string, number>();
  const liveTasksByAgent = new Map<string, number[]>();
  tasks.forEach((task, index) => {
    const known = taskIndex.get(task.id);
    const knownTask = known === undefined ? undefined : tasks[known];
    if (
      knownTask === undefined ||
      CATEGORY_PRIORITY[task.category] < CATEGORY_PRIORITY[knownTask.category]
    ) {
      taskIndex.set(task.id, index);
    }
    if (task.category !== 'completed') {
      let list = liveTasksByAgent.get(task.agentId);
      if (list === undefined) liveTasksByAgent.set(task.agentId, (list = []));
      list.push(index);
    }
  });
  const agentSearch = agents.map((agent) =>
    [agent.hostname, agent.id, agent.address, ...Object.entries(agent.attributes).flat()]
      .join('\n')
      .toLowerCase(),
  );
  const taskOrders = taskOrderCache(tasks);
  const agentOrders = agentOrderCache(agents);
  // Built here, during the poll, rather than on a viewer's first request: every other order
  // breaks its ties with the id order, and hostname is the agents list's default sort.
  taskOrders.get('id');
  agentOrders.get('hostname');
  return {
    generation: input.generation,
    fetchedAt: input.fetchedAt,
    stateBytes: input.stateBytes,
    meta: state.meta,
    marathon: input.apps !== null,
    appIds: input.apps === null ? [] : [...input.apps.bySafePath.values()].sort(),
    podIds: input.apps?.podIds ?? [],
    agents,
    frameworks: state.frameworks,
    unregisteredFrameworks: state.unregisteredFrameworks,
    tasks,
    agentIndex: new Map(agents.map((agent, index) => [agent.id, index])),
    frameworkIndex: frameworkIndexOf(state.frameworks),
    taskIndex,
    liveTasksByAgent,
    agentSearch,
    taskOrders,
    agentOrders,
    matches: new MatchCache(MATCH_CACHE_SIZE),
    totals: totalsOf(state),
    marathonFrameworks,
    buildMs: performance.now() - started,
    built: 'full',
  };
}

/** A task row an event replaced (`before`), added (`before` null) or dropped (`after` null). */
export interface TaskChange {
  before: TaskDetail | null;
  after: TaskDetail | null;
}

/**
 * Tasks changed by events since the last snapshot; their agents and frameworks are unchanged but
 * for the resources they use now, given for those the changes touched.
 */
export interface TaskChanges {
  tasks: readonly TaskChange[];
  agentUsed: ReadonlyMap<string, ResourceSet>;
  frameworkUsed: ReadonlyMap<string, ResourceSet>;
}

export interface PatchInput {
  generation: number;
  fetchedAt: number;
  apps: AppIndex | null;
}

/**
 * The snapshot `previous` becomes after `changes`: the same as `buildSnapshot` of the whole state
 * would give (rows, counts, indexes, id order), built in time proportional to the changes rather
 * than to the cluster. Unchanged rows and orders are shared with `previous` (which stays as it
 * was); the arrays and maps holding them are copied, an array copy of 100k references being a
 * fraction of a millisecond. A changed row keeps its position; an added one goes last, a dropped
 * one's place is taken by the last row. Null when a change does not fit `previous` (the caller
 * then builds from the whole state).
 */
export function patchSnapshot(
  previous: ClusterSnapshot,
  changes: TaskChanges,
  input: PatchInput,
): ClusterSnapshot | null {
  const started = performance.now();
  const tasks = previous.tasks.slice();
  /** New entries of the task index and live lists (undefined: gone), over the previous ones. */
  const indexChanges = new Map<string, number | undefined>();
  const liveChanges = new Map<string, readonly number[] | undefined>();
  const liveOf = (agentId: string) =>
    (liveChanges.has(agentId)
      ? liveChanges.get(agentId)
      : previous.liveTasksByAgent.get(agentId)) ?? [];
  const counts = cloneCounts(previous.totals.tasks);
  const touchedAgents = new Map<string, TaskChange[]>();
  const touchedFrameworks = new Map<string, TaskChange[]>();
  /** Ids whose index entry and id order position must be looked at again. */
  const touchedIds = new Set<string>();
  let idOrder: Uint32Array | undefined = previous.taskOrders.built('id');
  if (idOrder === undefined) return null;

  const touch = (task: TaskDetail, change: TaskChange) => {
    push(touchedAgents, task.agentId, change);
    push(touchedFrameworks, task.frameworkId, change);
    touchedIds.add(task.id);
  };
  const setLive = (agentId: string, index: number, live: boolean) => {
    const list = liveOf(agentId);
    if (live === list.includes(index)) return;
    const next = live ? insertSorted(list, index) : list.filter((entry) => entry !== index);
    liveChanges.set(agentId, next.length === 0 ? undefined : next);
  };

  for (const change of changes.tasks) {
    const { before, after } = change;
    if (after !== null && input.apps !== null) {
      joinMarathonApp(after, previous.marathonFrameworks, input.apps);
    }
    if (before === null) {
      if (after === null) continue;
      const index = tasks.push(after) - 1;
      if (after.category !== 'completed') setLive(after.agentId, index, true);
      addCount(counts, after);
      idOrder = insertInOrder(idOrder, tasks, index);
      touch(after, change);
      continue;
    }
    const index = locate(tasks, previous.taskIndex, before);
    if (index === undefined) return null;
    removeCount(counts, before);
    touch(before, change);
    if (before.category !== 'completed') setLive(before.agentId, index, false);
    if (after !== null) {
      if (after.id !== before.id) return null;
      tasks[index] = after;
      if (after.category !== 'completed') setLive(after.agentId, index, true);
      addCount(counts, after);
      touch(after, change);
      continue;
    }
    // Dropped: the last row moves into its place.
    const last = tasks.length - 1;
    const moved = tasks[last] as TaskDetail;
    idOrder = removeFromOrder(idOrder, index, last);
    tasks[index] = moved;
    tasks.pop();
    if (index !== last) {
      if (moved.category !== 'completed') {
        setLive(moved.agentId, last, false);
        setLive(moved.agentId, index, true);
      }
      touchedIds.add(moved.id);
    }
  }
  for (const id of touchedIds) indexChanges.set(id, indexOf(tasks, idOrder, id));
  const taskIndex = LayeredMap.of(previous.taskIndex).with(indexChanges);
  const liveTasksByAgent = LayeredMap.of(previous.liveTasksByAgent).with(liveChanges);

  const agents = previous.agents.slice();
  for (const [agentId, agentChanges] of touchedAgents) {
    const at = previous.agentIndex.get(agentId);
    const agent = at === undefined ? undefined : agents[at];
    if (agent === undefined || at === undefined) continue;
    const taskCounts = cloneCounts(agent.taskCounts);
    for (const { before, after } of agentChanges) {
      if (before?.agentId === agentId) removeCount(taskCounts, before);
      if (after?.agentId === agentId) addCount(taskCounts, after);
    }
    const live = liveTasksByAgent.get(agentId) ?? [];
    agents[at] = {
      ...agent,
      used: changes.agentUsed.get(agentId) ?? agent.used,
      taskCounts,
      frameworkIds: [
        ...new Set(live.map((index) => (tasks[index] as TaskDetail).frameworkId)),
      ].sort(),
    };
  }
  const frameworks = previous.frameworks.slice();
  for (const [frameworkId, frameworkChanges] of touchedFrameworks) {
    const at = previous.frameworkIndex.get(frameworkId);
    const framework = at === undefined ? undefined : frameworks[at];
    if (framework === undefined || at === undefined) continue;
    const taskCounts = cloneCounts(framework.taskCounts);
    const agentIds = new Set(framework.agentIds);
    for (const { before, after } of frameworkChanges) {
      if (before?.frameworkId === frameworkId) removeCount(taskCounts, before);
      if (after?.frameworkId === frameworkId) addCount(taskCounts, after);
      for (const row of [before, after]) {
        if (row?.frameworkId !== frameworkId) continue;
        const onAgent = (liveTasksByAgent.get(row.agentId) ?? []).some(
          (index) => (tasks[index] as TaskDetail).frameworkId === frameworkId,
        );
        if (onAgent) agentIds.add(row.agentId);
        else agentIds.delete(row.agentId);
      }
    }
    frameworks[at] = {
      ...framework,
      used: changes.frameworkUsed.get(frameworkId) ?? framework.used,
      taskCounts,
      agentIds: [...agentIds].sort(),
      agentCount: agentIds.size,
    };
  }

  const known = new Map<TaskSortKey, Uint32Array>([['id', idOrder]]);
  const agentOrdersKnown = new Map<AgentSortKey, Uint32Array>();
  // Agents keep their ids, hostnames and places: only orders by what tasks change are rebuilt.
  for (const key of ['id', 'hostname', 'active', 'registered'] as const) {
    const order = previous.agentOrders.built(key);
    if (order !== undefined) agentOrdersKnown.set(key, order);
  }
  return {
    ...previous,
    generation: input.generation,
    fetchedAt: input.fetchedAt,
    agents,
    frameworks,
    tasks,
    taskIndex,
    liveTasksByAgent,
    taskOrders: taskOrderCache(tasks, known),
    agentOrders: agentOrderCache(agents, agentOrdersKnown),
    matches: new MatchCache(MATCH_CACHE_SIZE),
    totals: { ...agentAndFrameworkTotals(previous.meta, agents, frameworks), tasks: counts },
    buildMs: performance.now() - started,
    built: 'patch',
  };
}

/*
 * The order caches are made here, not where the rows are: their key closures would otherwise hold
 * that function's whole scope, and a patched snapshot would keep the one it was patched from.
 */
function taskOrderCache(
  tasks: readonly TaskDetail[],
  known?: ReadonlyMap<TaskSortKey, Uint32Array>,
): OrderCache<TaskSortKey> {
  return new OrderCache<TaskSortKey>(tasks.length, 'id', (key) => taskKey(tasks, key), known);
}

function agentOrderCache(
  agents: readonly AgentRow[],
  known?: ReadonlyMap<AgentSortKey, Uint32Array>,
): OrderCache<AgentSortKey> {
  return new OrderCache<AgentSortKey>(agents.length, 'id', (key) => agentKey(agents, key), known);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function insertSorted(list: readonly number[], value: number): number[] {
  const next = [...list, value];
  next.sort((a, b) => a - b);
  return next;
}

/** Where `row` is: the index entry of its id, or a search when a reused id points elsewhere. */
function locate(
  tasks: readonly TaskDetail[],
  taskIndex: ReadonlyMap<string, number>,
  row: TaskDetail,
): number | undefined {
  const indexed = taskIndex.get(row.id);
  if (indexed !== undefined && tasks[indexed] === row) return indexed;
  const found = tasks.indexOf(row);
  return found < 0 ? undefined : found;
}

/** First position in the id order whose row sorts at or after (`id`, `index`). */
function positionOf(
  order: Uint32Array,
  tasks: readonly TaskDetail[],
  id: string,
  index: number,
): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = order[mid] as number;
    const other = (tasks[at] as TaskDetail).id;
    if (other < id || (other === id && at < index)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function insertInOrder(
  order: Uint32Array,
  tasks: readonly TaskDetail[],
  index: number,
): Uint32Array {
  const at = positionOf(order, tasks, (tasks[index] as TaskDetail).id, index);
  const next = new Uint32Array(order.length + 1);
  next.set(order.subarray(0, at));
  next[at] = index;
  next.set(order.subarray(at), at + 1);
  return next;
}

/**
 * The id order without row `index`, the row at `last` renumbered `index` (it moves there). Ties
 * of a reused id are ordered by index, as a fresh build orders them.
 */
function removeFromOrder(order: Uint32Array, index: number, last: number): Uint32Array {
  const next = new Uint32Array(order.length - 1);
  let out = 0;
  for (const entry of order) {
    if (entry === index) continue;
    next[out++] = entry === last ? index : entry;
  }
  return next;
}

/** The index entry of `id` as buildSnapshot sets it: its best category, then its first row. */
function indexOf(
  tasks: readonly TaskDetail[],
  idOrder: Uint32Array,
  id: string,
): number | undefined {
  const first = positionOf(idOrder, tasks, id, -1);
  const rows: number[] = [];
  for (let at = first; at < idOrder.length; at++) {
    const index = idOrder[at] as number;
    if ((tasks[index] as TaskDetail).id !== id) break;
    rows.push(index);
  }
  // A row moved into a dropped one's place may now sort before others of its id.
  rows.sort((a, b) => a - b);
  rows.forEach((index, k) => {
    if (idOrder[first + k] !== index) idOrder[first + k] = index;
  });
  let best: number | undefined;
  for (const index of rows) {
    const rank = CATEGORY_PRIORITY[(tasks[index] as TaskDetail).category];
    if (best === undefined || rank < CATEGORY_PRIORITY[(tasks[best] as TaskDetail).category]) {
      best = index;
    }
  }
  return best;
}

function cloneCounts(counts: TaskCounts): TaskCounts {
  return { ...counts, byState: { ...counts.byState } };
}

function frameworkIndexOf(frameworks: readonly FrameworkDetail[]): Map<string, number> {
  const index = new Map<string, number>();
  frameworks.forEach((framework, i) => {
    if (!index.has(framework.id)) index.set(framework.id, i);
  });
  return index;
}

function time(value: number | null): number {
  return value ?? Number.NEGATIVE_INFINITY;
}

function taskKey(tasks: readonly TaskDetail[], key: TaskSortKey): (index: number) => SortValue {
  const at = (index: number) => tasks[index] as TaskDetail;
  switch (key) {
    case 'id':
      return (i) => at(i).id;
    case 'name':
      return (i) => at(i).name.toLowerCase();
    case 'state':
      return (i) => at(i).state;
    case 'framework':
      return (i) => (at(i).frameworkName ?? '').toLowerCase();
    case 'agent':
      return (i) => (at(i).agentHostname ?? '').toLowerCase();
    case 'app':
      return (i) => at(i).appId ?? '';
    case 'staged':
      return (i) => time(at(i).stagedAt);
    case 'started':
      return (i) => time(at(i).startedAt);
    case 'updated':
      return (i) => time(at(i).updatedAt);
    case 'cpus':
      return (i) => at(i).cpus;
    case 'mem':
      return (i) => at(i).mem;
  }
}

function agentKey(agents: readonly AgentRow[], key: AgentSortKey): (index: number) => SortValue {
  const at = (index: number) => agents[index] as AgentRow;
  switch (key) {
    case 'id':
      return (i) => at(i).id;
    case 'hostname':
      return (i) => at(i).hostname.toLowerCase();
    case 'active':
      return (i) => (at(i).active ? 1 : 0);
    case 'registered':
      return (i) => time(at(i).registeredTime);
    case 'tasks':
      return (i) => at(i).taskCounts.active;
    case 'cpus':
    case 'mem':
    case 'disk':
    case 'gpus':
      return (i) => at(i).used[key];
  }
}

function totalsOf(state: NormalizedState): SnapshotTotals {
  const tasks: TaskCounts = { active: 0, unreachable: 0, completed: 0, byState: {} };
  for (const task of state.tasks) addCount(tasks, task);
  return { ...agentAndFrameworkTotals(state.meta, state.agents, state.frameworks), tasks };
}

function agentAndFrameworkTotals(
  meta: MasterMeta,
  agents: readonly AgentRow[],
  frameworks: readonly FrameworkDetail[],
): Omit<SnapshotTotals, 'tasks'> {
  const totals: Omit<SnapshotTotals, 'tasks'> = {
    resources: { total: emptyAmounts(), used: emptyAmounts(), offered: emptyAmounts() },
    agents: { active: 0, inactive: 0, recovered: 0, unreachable: meta.unreachableAgents },
    frameworks: { active: 0, inactive: 0, completed: 0 },
  };
  for (const agent of agents) {
    if (agent.recovered) {
      totals.agents.recovered++;
      continue;
    }
    if (agent.active) totals.agents.active++;
    else totals.agents.inactive++;
    addAmounts(totals.resources.total, agent.total);
    addAmounts(totals.resources.used, agent.used);
    addAmounts(totals.resources.offered, agent.offered);
  }
  const seenFrameworks = new Set<string>();
  for (const framework of frameworks) {
    if (seenFrameworks.has(framework.id)) continue;
    seenFrameworks.add(framework.id);
    totals.frameworks[framework.status]++;
  }
  return totals;
}
