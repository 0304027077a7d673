import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrameworkLists } from '../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from './api-client';
import { pollEvery, REFRESH_MS } from './polling';
import { clusterKeys } from './query-keys';

export function getFrameworks(options: ApiRequestOptions = {}): Promise<FrameworkLists> {
  return apiGet<FrameworkLists>('/api/cluster/frameworks', options);
}

export function frameworksQueryOptions() {
  return queryOptions({
    queryKey: clusterKeys.frameworkLists(),
    queryFn: ({ signal }) => getFrameworks({ signal }),
    ...pollEvery(REFRESH_MS.clusterModel),
  });
}

/** Active, inactive and completed frameworks with their resources and task counts. */
export function useFrameworks() {
  return useQuery(frameworksQueryOptions());
}
