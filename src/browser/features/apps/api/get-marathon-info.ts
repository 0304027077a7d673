import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MarathonInfo } from '../../../../api/marathon';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { marathonKeys } from '../../../shared/api/query-keys';
import { REFRESH_MS } from '../../../shared/api/polling';
import { MARATHON_API } from '../../../shared/api/marathon-paths';

export function getMarathonInfo(options: ApiRequestOptions = {}): Promise<MarathonInfo> {
  return apiGet<MarathonInfo>(`${MARATHON_API}/info`, options);
}

export function marathonInfoQueryOptions() {
  return queryOptions({
    queryKey: marathonKeys.info(),
    queryFn: ({ signal }) => getMarathonInfo({ signal }),
    // The framework id outlives leader changes; no need to poll it.
    staleTime: REFRESH_MS.marathonInfoFresh,
  });
}

/** Marathon's `/v2/info`: its Mesos framework id places instances' sandboxes. */
export function useMarathonInfo() {
  return useQuery(marathonInfoQueryOptions());
}
