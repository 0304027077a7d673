import type {
  AgentRow,
  AgentSortKey,
  FrameworkDetail,
  ResourceAmounts,
  TaskCategory,
  TaskCounts,
  TaskDetail,
  TaskSortKey,
} from '../../api/cluster-model';
import { joinMarathonApps, type AppIndex } from './marathon-join';
import { addCount, type MasterMeta, type NormalizedState } from './normalize-master-state';
import { addAmounts, emptyAmounts } from './resources';
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
  /** Lowercased text each row is searched in. */
  readonly taskSearch: readonly string[];
  readonly agentSearch: readonly string[];
  readonly taskOrders: OrderCache<TaskSortKey>;
  readonly agentOrders: OrderCache<AgentSortKey>;
  readonly matches: MatchCache;
  readonly totals: SnapshotTotals;
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
  const { state } = input;
  if (input.apps !== null) joinMarathonApps(state.tasks, state.frameworks, input.apps);
  const tasks = state.tasks;
  const agents = state.agents;
  const taskIndex = new Map<string, number>();
  const liveTasksByAgent = new Map<string, number[]>();
  const taskSearch = new Array<string>(tasks.length);
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
    taskSearch[index] = searchTextOf(task);
  });
  const agentSearch = agents.map((agent) =>
    [agent.hostname, agent.id, agent.address, ...Object.entries(agent.attributes).flat()]
      .join('\n')
      .toLowerCase(),
  );
  const taskOrders = new OrderCache<TaskSortKey>(tasks.length, 'id', (key) => taskKey(tasks, key));
  const agentOrders = new OrderCache<AgentSortKey>(agents.length, 'id', (key) =>
    agentKey(agents, key),
  );
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
    taskSearch,
    agentSearch,
    taskOrders,
    agentOrders,
    matches: new MatchCache(MATCH_CACHE_SIZE),
    totals: totalsOf(state),
  };
}

/**
 * A stream keeps most task rows from one snapshot to the next; their search text is kept with
 * them (and rebuilt when the app id joined since changes it).
 */
const searchTexts = new WeakMap<TaskDetail, { appId: string | null; text: string }>();

function searchTextOf(task: TaskDetail): string {
  const known = searchTexts.get(task);
  if (known !== undefined && known.appId === task.appId) return known.text;
  const text = [
    task.id,
    task.name,
    task.state,
    task.frameworkName ?? task.frameworkId,
    task.agentHostname ?? task.agentId,
    task.appId ?? '',
    task.image ?? '',
  ]
    .join('\n')
    .toLowerCase();
  searchTexts.set(task, { appId: task.appId, text });
  return text;
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
  const totals: SnapshotTotals = {
    resources: { total: emptyAmounts(), used: emptyAmounts(), offered: emptyAmounts() },
    agents: { active: 0, inactive: 0, recovered: 0, unreachable: state.meta.unreachableAgents },
    frameworks: { active: 0, inactive: 0, completed: 0 },
    tasks: { active: 0, unreachable: 0, completed: 0, byState: {} },
  };
  for (const agent of state.agents) {
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
  for (const framework of state.frameworks) {
    if (seenFrameworks.has(framework.id)) continue;
    seenFrameworks.add(framework.id);
    totals.frameworks[framework.status]++;
  }
  for (const task of state.tasks) addCount(totals.tasks, task);
  return totals;
}
