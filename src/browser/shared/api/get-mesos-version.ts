import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type ApiRequestOptions } from './api-client';
import { REFRESH_MS } from './polling';
import { mesosKeys } from './query-keys';

export function getMesosVersion(options: ApiRequestOptions = {}): Promise<{ version: string }> {
  return apiGet<{ version: string }>('/api/mesos/version', options);
}

export function mesosVersionQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.version(),
    queryFn: ({ signal }) => getMesosVersion({ signal }),
    staleTime: REFRESH_MS.marathonInfoFresh,
  });
}

/** What the master's operator API can do, by its version. */
export interface OperatorApi {
  version: string;
  /** `/api/v1` with the weight and maintenance calls (1.0). */
  v1: boolean;
  /** `UPDATE_QUOTA` with guarantees and limits (1.9); before, `/master/quota` with guarantees. */
  quotaConfigs: boolean;
}

export function operatorApiOf(version: string): OperatorApi {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  const atLeast = (wantMajor: number, wantMinor: number) =>
    major > wantMajor || (major === wantMajor && minor >= wantMinor);
  return { version, v1: atLeast(1, 0), quotaConfigs: atLeast(1, 9) };
}

/** The master's version and what its operator API offers; undefined until known. */
export function useOperatorApi(): OperatorApi | undefined {
  const { data } = useQuery(mesosVersionQueryOptions());
  return data ? operatorApiOf(data.version) : undefined;
}
