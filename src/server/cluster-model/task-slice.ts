import {
  TASK_SORT_KEYS,
  type TaskCategory,
  type TaskDetail,
  type TaskRow,
  type TaskSlice,
  type TaskSortKey,
} from '../../api/cluster-model';
import { TASK_STATES, type TaskState } from '../../api/mesos';
import { oneOf, paging, searchTerms, setOf, text, type RawQuery } from './query-params';
import type { ClusterSnapshot } from './snapshot';
import { slicePage } from './slice-page';
import { filterOrder } from './sorted-order';

const CATEGORIES: readonly TaskCategory[] = ['active', 'unreachable', 'completed', 'orphan'];

export interface TaskQuery {
  /** Undefined means every category (`state=all` or absent). */
  categories: Set<TaskCategory> | undefined;
  taskStates: Set<TaskState> | undefined;
  terms: string[];
  framework: string | undefined;
  agent: string | undefined;
  app: string | undefined;
  sort: TaskSortKey;
  offset: number;
  limit: number;
  order: 'asc' | 'desc';
}

/** Validates `/api/cluster/tasks` query parameters; throws QueryError on a bad one. */
export function parseTaskQuery(query: RawQuery): TaskQuery {
  const state = text(query, 'state');
  return {
    categories:
      state === undefined || state === 'all' ? undefined : setOf(query, 'state', CATEGORIES),
    taskStates: setOf(query, 'taskState', TASK_STATES),
    terms: searchTerms(query),
    framework: text(query, 'framework'),
    agent: text(query, 'agent'),
    app: text(query, 'app'),
    sort: oneOf(query, 'sort', TASK_SORT_KEYS, 'id'),
    ...paging(query),
  };
}

export function sliceTasks(snapshot: ClusterSnapshot, query: TaskQuery): TaskSlice {
  const matched = snapshot.matches.get(matchKey(query), () => {
    const order = snapshot.taskOrders.get(query.sort);
    return filterOrder(order, query.order === 'desc', taskFilter(snapshot, query));
  });
  return slicePage(matched, query, snapshot.generation, (index) =>
    toTaskRow(snapshot.tasks[index] as TaskDetail),
  );
}

function matchKey(query: TaskQuery): string {
  return JSON.stringify([
    'tasks',
    query.categories === undefined ? null : [...query.categories].sort(),
    query.taskStates === undefined ? null : [...query.taskStates].sort(),
    query.terms,
    query.framework ?? null,
    query.agent ?? null,
    query.app ?? null,
    query.sort,
    query.order,
  ]);
}

function taskFilter(
  snapshot: ClusterSnapshot,
  query: TaskQuery,
): ((index: number) => boolean) | null {
  const { categories, taskStates, terms, framework, agent, app } = query;
  const noFilter =
    categories === undefined &&
    taskStates === undefined &&
    terms.length === 0 &&
    framework === undefined &&
    agent === undefined &&
    app === undefined;
  if (noFilter) return null;
  const { tasks } = snapshot;
  const hasTerms = terms.length === 0 ? null : taskTextMatcher(terms);
  return (index) => {
    const task = tasks[index] as TaskDetail;
    return (
      (categories === undefined || categories.has(task.category)) &&
      (taskStates === undefined || taskStates.has(task.state)) &&
      (framework === undefined || task.frameworkId === framework) &&
      (agent === undefined || task.agentId === agent) &&
      (app === undefined || task.appId === app) &&
      (hasTerms === null || hasTerms(task))
    );
  };
}

/**
 * Whether each term (lowercased, without whitespace) is in one of a task's searched fields, as
 * lowercased text: id, name, state, framework, agent, app and image. No text is kept per row
 * (that was 27 MB at 100k tasks); all fields but the id repeat across rows (apps, hosts, states),
 * so each distinct value is lowercased and tested once per filter, not once per row.
 */
function taskTextMatcher(terms: readonly string[]): (task: TaskDetail) => boolean {
  const seen = terms.map(() => new Map<string, boolean>());
  const inValue = (value: string | null, k: number): boolean => {
    if (value === null) return false;
    const known = seen[k] as Map<string, boolean>;
    let found = known.get(value);
    if (found === undefined) {
      found = value.toLowerCase().includes(terms[k] as string);
      known.set(value, found);
    }
    return found;
  };
  return (task) => {
    let lowerId: string | undefined;
    for (let k = 0; k < terms.length; k++) {
      const found =
        inValue(task.name, k) ||
        inValue(task.state, k) ||
        inValue(task.frameworkName ?? task.frameworkId, k) ||
        inValue(task.agentHostname ?? task.agentId, k) ||
        inValue(task.appId, k) ||
        inValue(task.image, k) ||
        (lowerId ??= task.id.toLowerCase()).includes(terms[k] as string);
      if (!found) return false;
    }
    return true;
  };
}

export function toTaskRow(task: TaskDetail): TaskRow {
  return {
    id: task.id,
    name: task.name,
    state: task.state,
    category: task.category,
    frameworkId: task.frameworkId,
    frameworkName: task.frameworkName,
    agentId: task.agentId,
    agentHostname: task.agentHostname,
    appId: task.appId,
    cpus: task.cpus,
    mem: task.mem,
    disk: task.disk,
    gpus: task.gpus,
    healthy: task.healthy,
    image: task.image,
    hostPorts: task.hostPorts,
    ipAddresses: task.ipAddresses,
    stagedAt: task.stagedAt,
    startedAt: task.startedAt,
    finishedAt: task.finishedAt,
    updatedAt: task.updatedAt,
  };
}

/** A task by id; `framework` tells apart a reused id (ids are unique per framework only). */
export function findTask(
  snapshot: ClusterSnapshot,
  id: string,
  framework: string | undefined,
): TaskDetail | undefined {
  if (framework === undefined) {
    const index = snapshot.taskIndex.get(id);
    return index === undefined ? undefined : snapshot.tasks[index];
  }
  return snapshot.tasks.find((task) => task.id === id && task.frameworkId === framework);
}
