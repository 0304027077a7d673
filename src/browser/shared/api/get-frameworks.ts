import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrameworkLists } from '../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from './api-client';
import { pollEvery } from './polling';
import { clusterKeys } from './query-keys';
import { CLUSTER_POLL_MS } from './cluster-api';

export function getFrameworks(options: ApiRequestOptions = {}): Promise<FrameworkLists> {
  return apiGet<FrameworkLists>('/api/cluster/frameworks', options);
}

export function frameworksQueryOptions() {
  return queryOptions({
    queryKey: clusterKeys.frameworkLists(),
    queryFn: ({ signal }) => getFrameworks({ signal }),
    ...pollEvery(CLUSTER_POLL_MS),
  });
}

/** Active, inactive and completed frameworks with their resources and task counts. */
export function useFrameworks() {
  return useQuery(frameworksQueryOptions());
}
