import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MarathonApp } from '../../../api/marathon';
import { apiGet, type ApiRequestOptions } from './api-client';
import { pollEvery, REFRESH_MS } from './polling';
import { marathonKeys } from './query-keys';
import { appApiPath, embedQuery } from './marathon-paths';

const DETAIL_EMBEDS = [
  'app.tasks',
  'app.counts',
  'app.deployments',
  'app.lastTaskFailure',
  'app.taskStats',
] as const;

export async function getApp(appId: string, options: ApiRequestOptions = {}): Promise<MarathonApp> {
  const { app } = await apiGet<{ app: MarathonApp }>(
    `${appApiPath(appId)}?${embedQuery(DETAIL_EMBEDS)}`,
    options,
  );
  return app;
}

export function appQueryOptions(appId: string) {
  return queryOptions({
    queryKey: marathonKeys.app(appId),
    queryFn: ({ signal }) => getApp(appId, { signal }),
    ...pollEvery(REFRESH_MS.marathonApps),
  });
}

/** One app with its tasks (instances), counts, deployments and last failure. */
export function useApp(appId: string) {
  return useQuery(appQueryOptions(appId));
}
