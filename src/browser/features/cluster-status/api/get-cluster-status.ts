import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClusterStatus } from '../../../../api/cluster';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { stadiumKeys } from '../../../shared/api/query-keys';

export function getClusterStatus(options: ApiRequestOptions = {}): Promise<ClusterStatus> {
  return apiGet<ClusterStatus>('/api/cluster', options);
}

export function clusterStatusQueryOptions() {
  return queryOptions({
    queryKey: stadiumKeys.cluster(),
    queryFn: ({ signal }) => getClusterStatus({ signal }),
    ...pollEvery(REFRESH_MS.clusterStatus),
  });
}

/** Leaders and node reachability of both sides, refreshed every 2 s while the tab is visible. */
export function useClusterStatus() {
  return useQuery(clusterStatusQueryOptions());
}
