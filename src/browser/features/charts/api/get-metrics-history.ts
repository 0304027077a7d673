import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MetricsHistory } from '../../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';

/** The proxy samples the master's metrics every 5 s. */

export function getMetricsHistory(options: ApiRequestOptions = {}): Promise<MetricsHistory> {
  return apiGet<MetricsHistory>('/api/cluster/metrics/history', options);
}

export function metricsHistoryQueryOptions() {
  return queryOptions({
    queryKey: clusterKeys.metricsHistory(),
    queryFn: ({ signal }) => getMetricsHistory({ signal }),
    ...pollEvery(REFRESH_MS.metricsHistory),
  });
}

/** The proxy's ring of `/metrics/snapshot` samples (up to an hour). */
export function useMetricsHistory() {
  return useQuery(metricsHistoryQueryOptions());
}
