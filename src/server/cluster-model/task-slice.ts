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
  const hasTerms = terms.length === 0 ? null : textMatches(tasks, terms);
  return (index) => {
    const task = tasks[index] as TaskDetail;
    return (
      (categories === undefined || categories.has(task.category)) &&
      (taskStates === undefined || taskStates.has(task.state)) &&
      (framework === undefined || task.frameworkId === framework) &&
      (agent === undefined || task.agentId === agent) &&
      (app === undefined || task.appId === app) &&
      (hasTerms === null || hasTerms[index] === 1)
    );
  };
}

/**
 * Which tasks hold each term (lowercased, without whitespace) in one of their searched fields, as
 * lowercased text: id, name, state, framework, agent, app and image; 1 at a task's index. No text
 * is kept per row (that was 27 MB at 100k tasks); all fields but the id repeat across rows (apps,
 * hosts, states), so each distinct value is lowercased and tested once per filter. The rows are
 * read in index order, as they lie in memory: walking them in a sort order instead costs 4x.
 */
function textMatches(tasks: readonly TaskDetail[], terms: readonly string[]): Uint8Array {
  const matches = new Uint8Array(tasks.length).fill(1);
  for (const term of terms) {
    const known = new Map<string, boolean>();
    const inValue = (value: string | null): boolean => {
      if (value === null) return false;
      let found = known.get(value);
      if (found === undefined) {
        found = value.toLowerCase().includes(term);
        known.set(value, found);
      }
      return found;
    };
    for (let index = 0; index < tasks.length; index++) {
      if (matches[index] === 0) continue;
      const task = tasks[index] as TaskDetail;
      const found =
        inValue(task.name) ||
        inValue(task.state) ||
        inValue(task.frameworkName ?? task.frameworkId) ||
        inValue(task.agentHostname ?? task.agentId) ||
        inValue(task.appId) ||
        inValue(task.image) ||
        task.id.toLowerCase().includes(term);
      if (!found) matches[index] = 0;
    }
  }
  return matches;
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
