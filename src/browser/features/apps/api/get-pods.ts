import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MarathonPodStatus } from '../../../../api/marathon';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { isApiError } from '../../../shared/api/api-error';
import { MARATHON_API } from '../../../shared/api/marathon-paths';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { marathonKeys } from '../../../shared/api/query-keys';

/**
 * GET /v2/pods/::status: every pod with its instances. A Marathon before 1.4 has no pods and
 * answers 404 (or 500 "URI not found"): that is an empty list, not an error.
 */
export async function getPods(options: ApiRequestOptions = {}): Promise<MarathonPodStatus[]> {
  try {
    return await apiGet<MarathonPodStatus[]>(`${MARATHON_API}/pods/::status`, options);
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 500)) return [];
    throw error;
  }
}

export function podsQueryOptions() {
  return queryOptions({
    queryKey: marathonKeys.podList(),
    queryFn: ({ signal }) => getPods({ signal }),
    ...pollEvery(REFRESH_MS.marathonApps),
  });
}

export function usePods() {
  return useQuery(podsQueryOptions());
}
