import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { marathonKeys } from '../../../shared/api/query-keys';
import type { JsonObject } from '../editor/json-parser';
import { appApiPath } from '../../../shared/api/marathon-paths';

/** The bare definition at `version` (Marathon does not wrap it in `app`). */
export function getAppVersion(
  appId: string,
  version: string,
  options: ApiRequestOptions = {},
): Promise<JsonObject> {
  return apiGet<JsonObject>(`${appApiPath(appId)}/versions/${versionSegment(version)}`, options);
}

/**
 * Versions are timestamps; their colons are fine in a path segment and left as they are,
 * since not every server decodes `%3A` there before matching (the simulated Marathon does not).
 */
export function versionSegment(version: string): string {
  return encodeURIComponent(version).replace(/%3A/gi, ':');
}

export function appVersionQueryOptions(appId: string, version: string) {
  return queryOptions({
    queryKey: marathonKeys.version(appId, version),
    queryFn: ({ signal }) => getAppVersion(appId, version, { signal }),
    // A stored version never changes.
    staleTime: Infinity,
  });
}

export function useAppVersion(appId: string, version: string | undefined) {
  return useQuery({
    ...appVersionQueryOptions(appId, version ?? ''),
    enabled: version !== undefined,
  });
}
