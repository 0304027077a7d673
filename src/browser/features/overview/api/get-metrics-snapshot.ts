import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MetricsSnapshot } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { mesosKeys } from '../../../shared/api/query-keys';

export function getMetricsSnapshot(options: ApiRequestOptions = {}): Promise<MetricsSnapshot> {
  return apiGet<MetricsSnapshot>('/api/mesos/metrics/snapshot', options);
}

export function metricsSnapshotQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.metricsSnapshot(),
    queryFn: ({ signal }) => getMetricsSnapshot({ signal }),
    ...pollEvery(REFRESH_MS.mesosMetrics),
  });
}

/** The leading master's `/metrics/snapshot` (flat `{"master/...": number}`). */
export function useMetricsSnapshot() {
  return useQuery(metricsSnapshotQueryOptions());
}
