import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { podApiPath } from '../../../shared/api/marathon-paths';
import { marathonKeys } from '../../../shared/api/query-keys';
import { sortNewestFirst } from './get-app-versions';

/** GET /v2/pods/{id}::versions: a bare array of timestamps (apps wrap theirs in `versions`). */
export async function getPodVersions(
  podId: string,
  options: ApiRequestOptions = {},
): Promise<string[]> {
  return sortNewestFirst(await apiGet<string[]>(`${podApiPath(podId)}::versions`, options));
}

export function usePodVersions(podId: string) {
  return useQuery(
    queryOptions({
      queryKey: marathonKeys.podVersions(podId),
      queryFn: ({ signal }) => getPodVersions(podId, { signal }),
    }),
  );
}
