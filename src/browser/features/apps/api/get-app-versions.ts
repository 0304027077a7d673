import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { marathonKeys } from '../../../shared/api/query-keys';
import { appApiPath } from '../../../shared/api/marathon-paths';

/** Marathon promises no order; versions are ISO timestamps, so newest first is a time sort. */
export function sortNewestFirst(versions: readonly string[]): string[] {
  return [...versions].sort((a, b) => Date.parse(b) - Date.parse(a) || b.localeCompare(a));
}

export async function getAppVersions(
  appId: string,
  options: ApiRequestOptions = {},
): Promise<string[]> {
  const { versions } = await apiGet<{ versions: string[] }>(
    `${appApiPath(appId)}/versions`,
    options,
  );
  return sortNewestFirst(versions);
}

export function appVersionsQueryOptions(appId: string) {
  return queryOptions({
    queryKey: marathonKeys.versions(appId),
    queryFn: ({ signal }) => getAppVersions(appId, { signal }),
  });
}

/** The app's stored versions, newest first. */
export function useAppVersions(appId: string) {
  return useQuery(appVersionsQueryOptions(appId));
}
