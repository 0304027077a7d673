import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QuotaStatus } from '../../../../api/mesos-operator';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { mesosKeys } from '../../../shared/api/query-keys';

export function getQuota(options: ApiRequestOptions = {}): Promise<QuotaStatus> {
  return apiGet<QuotaStatus>('/api/mesos/master/quota', options);
}

export function quotaQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.quota(),
    queryFn: ({ signal }) => getQuota({ signal }),
    ...pollEvery(REFRESH_MS.mesosOperator),
  });
}

/**
 * `/master/quota`: masters before 1.9 list quota here only, not in `/master/roles`. Newer
 * masters answer it too (with `configs`); the roles' own `quota` wins where both exist.
 */
export function useQuota() {
  return useQuery(quotaQueryOptions());
}
