import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TaskDetail } from '../../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';
import { clusterPath } from '../../../shared/api/cluster-api';

/** `frameworkId` tells apart tasks of different frameworks that reuse an id. */
export function getTask(
  taskId: string,
  frameworkId: string | undefined,
  options: ApiRequestOptions = {},
): Promise<TaskDetail> {
  const path = clusterPath(`tasks/${encodeURIComponent(taskId)}`, { framework: frameworkId });
  return apiGet<TaskDetail>(path, options);
}

export function taskQueryOptions(taskId: string, frameworkId?: string) {
  return queryOptions({
    queryKey: clusterKeys.task(taskId, frameworkId),
    queryFn: ({ signal }) => getTask(taskId, frameworkId, { signal }),
    ...pollEvery(REFRESH_MS.clusterModel),
  });
}

/** One task with its status history, resources, container and labels. */
export function useTask(taskId: string, frameworkId?: string) {
  return useQuery(taskQueryOptions(taskId, frameworkId));
}
