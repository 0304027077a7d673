import { useQuery } from '@tanstack/react-query';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { podApiPath } from '../../../shared/api/marathon-paths';
import { marathonKeys } from '../../../shared/api/query-keys';
import type { JsonObject } from '../editor/json-parser';
import { versionSegment } from './get-app-version';

/** GET /v2/pods/{id}::versions/{version}: the pod as it was stored then. */
export function getPodVersion(
  podId: string,
  version: string,
  options: ApiRequestOptions = {},
): Promise<JsonObject> {
  return apiGet<JsonObject>(`${podApiPath(podId)}::versions/${versionSegment(version)}`, options);
}

export function usePodVersion(podId: string, version: string | undefined) {
  return useQuery({
    queryKey: marathonKeys.podVersion(podId, version ?? ''),
    queryFn: ({ signal }) => getPodVersion(podId, version ?? '', { signal }),
    // A stored version never changes.
    staleTime: Infinity,
    enabled: version !== undefined,
  });
}
