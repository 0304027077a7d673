import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MarathonApp } from '../../../api/marathon';
import { apiGet, type ApiRequestOptions } from './api-client';
import { pollEvery } from './polling';
import { marathonKeys } from './query-keys';
import { appApiPath, embedQuery } from './marathon-paths';
import { MARATHON_POLL_MS } from './marathon-poll-intervals';

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
    ...pollEvery(MARATHON_POLL_MS.apps),
  });
}

/** One app with its tasks (instances), counts, deployments and last failure. */
export function useApp(appId: string) {
  return useQuery(appQueryOptions(appId));
}
