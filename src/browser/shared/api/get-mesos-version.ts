import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type ApiRequestOptions } from './api-client';
import { REFRESH_MS } from './polling';
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

export function mesosVersionQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.version(),
    queryFn: ({ signal }) => getMesosVersion({ signal }),
    staleTime: REFRESH_MS.marathonInfoFresh,
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

/** What the master's operator API can do, by its version. */
export interface OperatorApi {
  version: string;
  /** `/api/v1` with the weight and maintenance calls (1.0). */
  v1: boolean;
  /** `UPDATE_QUOTA` with guarantees and limits (1.9); before, `/master/quota` with guarantees. */
  quotaConfigs: boolean;
}

export function operatorApiOf(version: string): OperatorApi {
  return {
    version,
    v1: versionAtLeast(version, [1, 0]),
    quotaConfigs: versionAtLeast(version, [1, 9]),
  };
}

/** The master's version and what its operator API offers; undefined until known. */
export function useOperatorApi(): OperatorApi | undefined {
  const { data } = useMesosVersion();
  return data ? operatorApiOf(data.version) : undefined;
}
