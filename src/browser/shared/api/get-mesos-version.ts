import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type ApiRequestOptions } from './api-client';
import { mesosKeys } from './query-keys';

/** `/version` of the leading master (`src/version/version.cpp`). */
export interface MesosVersionInfo {
  version: string;
  build_date?: string;
  build_time?: number;
  build_user?: string;
  git_sha?: string;
  git_branch?: string;
  git_tag?: string;
}

export function getMesosVersion(options: ApiRequestOptions = {}): Promise<MesosVersionInfo> {
  return apiGet<MesosVersionInfo>('/api/mesos/version', options);
}

/** A version changes only with an upgrade, which also changes the leader: a minute is fresh. */
export function mesosVersionQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.version(),
    queryFn: ({ signal }) => getMesosVersion({ signal }),
    staleTime: 60_000,
  });
}

export function useMesosVersion() {
  return useQuery(mesosVersionQueryOptions());
}

/** `1.10.0` is at least `[1, 9]`; an unreadable version is not. */
export function versionAtLeast(
  version: string,
  [major, minor]: readonly [number, number],
): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version);
  if (!match) return false;
  const [m, n] = [Number(match[1]), Number(match[2])];
  return m > major || (m === major && n >= minor);
}

/** DRAIN_AGENT, DEACTIVATE_AGENT and REACTIVATE_AGENT came with Mesos 1.9. */
export const AGENT_DRAINING_SINCE = [1, 9] as const;
