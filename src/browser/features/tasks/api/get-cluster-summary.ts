import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClusterSummary } from '../../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';
import { CLUSTER_POLL_MS } from './cluster-api';

export function getClusterSummary(options: ApiRequestOptions = {}): Promise<ClusterSummary> {
  return apiGet<ClusterSummary>('/api/cluster/summary', options);
}

export function clusterSummaryQueryOptions() {
  return queryOptions({
    queryKey: clusterKeys.summary(),
    queryFn: ({ signal }) => getClusterSummary({ signal }),
    ...pollEvery(CLUSTER_POLL_MS),
  });
}

/** Counts of agents, frameworks and tasks in the proxy's model, and how fresh it is. */
export function useClusterSummary() {
  return useQuery(clusterSummaryQueryOptions());
}
