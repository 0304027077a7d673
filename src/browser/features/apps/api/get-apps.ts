import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MarathonApp } from '../../../../api/marathon';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { marathonKeys } from '../../../shared/api/query-keys';
import { embedQuery, MARATHON_API } from '../../../shared/api/marathon-paths';

const LIST_EMBEDS = [
  'apps.counts',
  'apps.deployments',
  'apps.lastTaskFailure',
  'apps.taskStats',
] as const;

export async function getApps(options: ApiRequestOptions = {}): Promise<MarathonApp[]> {
  const { apps } = await apiGet<{ apps: MarathonApp[] }>(
    `${MARATHON_API}/apps?${embedQuery(LIST_EMBEDS)}`,
    options,
  );
  return apps;
}

export function appsQueryOptions() {
  return queryOptions({
    queryKey: marathonKeys.appList(),
    queryFn: ({ signal }) => getApps({ signal }),
    ...pollEvery(REFRESH_MS.marathonApps),
  });
}

/** Every Marathon app with its task counts, deployments and last failure. */
export function useApps() {
  return useQuery(appsQueryOptions());
}
