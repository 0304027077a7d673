import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MarathonPodStatus } from '../../../../api/marathon';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { podApiPath } from '../../../shared/api/marathon-paths';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { marathonKeys } from '../../../shared/api/query-keys';

/** GET /v2/pods/{id}::status: the pod's spec with its instances and their containers. */
export function getPod(podId: string, options: ApiRequestOptions = {}): Promise<MarathonPodStatus> {
  return apiGet<MarathonPodStatus>(`${podApiPath(podId)}::status`, options);
}

export function podQueryOptions(podId: string) {
  return queryOptions({
    queryKey: marathonKeys.pod(podId),
    queryFn: ({ signal }) => getPod(podId, { signal }),
    ...pollEvery(REFRESH_MS.marathonApps),
  });
}

export function usePod(podId: string) {
  return useQuery(podQueryOptions(podId));
}
