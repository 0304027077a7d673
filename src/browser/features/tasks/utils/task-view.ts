import { TASK_SORT_KEYS, type SortOrder, type TaskSortKey } from '../../../../api/cluster-model';
import { TASK_STATES, TERMINAL_TASK_STATES, type TaskState } from '../../../../api/mesos';
import { clusterPath } from '../../../shared/api/cluster-api';
import { FIRST_PAGE, type PageRequest } from '../../../shared/ui/virtual-table/slice-pages';
import type { TaskListParams } from '../api/get-tasks';

export type TaskTab = 'active' | 'completed';

/** What the tasks table shows; every field is a URL search parameter of the same name. */
export interface TaskView {
  state: TaskTab;
  q: string;
  taskState: TaskState | undefined;
  framework: string | undefined;
  agent: string | undefined;
  sort: TaskSortKey | undefined;
  order: SortOrder;
}

export { TASK_SORT_KEYS, TASK_STATES };

/** The task states a tab can hold, for its state filter. */
export function statesOfTab(tab: TaskTab): TaskState[] {
  const terminal = (state: TaskState) => TERMINAL_TASK_STATES.includes(state);
  return TASK_STATES.filter((state) => (tab === 'completed' ? terminal(state) : !terminal(state)));
}

/**
 * Task categories per tab: "active" is every task not finished, including those on unreachable
 * agents and orphans of frameworks the master does not know (yet).
 */
const TAB_CATEGORIES: Record<TaskTab, string> = {
  active: 'active,unreachable,orphan',
  completed: 'completed',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Reads the view from a URL; unknown values fall back to defaults instead of failing the API. */
export function readTaskView(search: URLSearchParams): TaskView {
  const state = search.get('state') === 'completed' ? 'completed' : 'active';
  return {
    state,
    q: search.get('q') ?? '',
    taskState: oneOf(search.get('taskState'), statesOfTab(state)),
    framework: search.get('framework') || undefined,
    agent: search.get('agent') || undefined,
    sort: oneOf(search.get('sort'), TASK_SORT_KEYS),
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

/** Writes `patch` into `search`: empty and default values are removed so URLs stay short. */
export function writeTaskView(search: URLSearchParams, patch: Partial<TaskView>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(patch)) {
    const isDefault =
      value === undefined ||
      value === '' ||
      (name === 'state' && value === 'active') ||
      (name === 'order' && value === 'asc');
    if (isDefault) next.delete(name);
    else next.set(name, String(value));
  }
  return next;
}

export function taskListParams(view: TaskView): TaskListParams {
  return {
    state: TAB_CATEGORIES[view.state],
    taskState: view.taskState,
    q: view.q.trim() || undefined,
    framework: view.framework,
    agent: view.agent,
    sort: view.sort,
    order: view.order === 'desc' ? 'desc' : undefined,
  };
}

/** The API path of one page of the tasks `params` select. */
export function tasksPagePath(params: TaskListParams, page: PageRequest): string {
  return clusterPath('tasks', { ...params, ...page });
}

/** The first page of tasks the table at this URL search reads (the page's preload). */
export function firstTasksPagePath(search: URLSearchParams): string {
  return tasksPagePath(taskListParams(readTaskView(search)), FIRST_PAGE);
}
