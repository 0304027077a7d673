import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClusterSummary } from '../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from './api-client';
import { pollEvery, REFRESH_MS } from './polling';
import { clusterKeys } from './query-keys';

export function getClusterSummary(options: ApiRequestOptions = {}): Promise<ClusterSummary> {
  return apiGet<ClusterSummary>('/api/cluster/summary', options);
}

export function clusterSummaryQueryOptions() {
  return queryOptions({
    queryKey: clusterKeys.summary(),
    queryFn: ({ signal }) => getClusterSummary({ signal }),
    ...pollEvery(REFRESH_MS.clusterModel),
  });
}

/**
 * Cluster totals (resources, agents, frameworks, tasks) from the proxy's model, and how fresh it
 * is: one small answer whatever the cluster's size, from masters of every Mesos generation.
 */
export function useClusterSummary() {
  return useQuery(clusterSummaryQueryOptions());
}
