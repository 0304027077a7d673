import { queryOptions } from '@tanstack/react-query';
import type { SortOrder, TaskSlice, TaskSortKey } from '../../../../api/cluster-model';
import type { TaskState } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';
import type { PageRequest } from '../../../shared/ui/virtual-table/slice-pages';
import { tasksPagePath } from '../utils/task-view';

export interface TaskListParams {
  /** Comma-separated task categories (`active,unreachable`), as the API takes them. */
  state?: string;
  taskState?: TaskState;
  q?: string;
  framework?: string;
  agent?: string;
  sort?: TaskSortKey;
  order?: SortOrder;
}

export function getTasks(
  params: TaskListParams,
  page: PageRequest,
  options: ApiRequestOptions = {},
): Promise<TaskSlice> {
  return apiGet<TaskSlice>(tasksPagePath(params, page), options);
}

/** One page of `/api/cluster/tasks`; the previous page stays on screen while the next loads. */
export function tasksPageQueryOptions(params: TaskListParams, page: PageRequest) {
  return queryOptions({
    queryKey: clusterKeys.taskList({ ...params, ...page }),
    queryFn: ({ signal }) => getTasks(params, page, { signal }),
    ...pollEvery(REFRESH_MS.clusterModel),
  });
}
