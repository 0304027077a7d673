import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrameworkLists } from '../../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';
import { CLUSTER_POLL_MS } from '../../../shared/api/cluster-api';

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
