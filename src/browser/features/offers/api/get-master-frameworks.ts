import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosFramework } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { mesosKeys } from '../../../shared/api/query-keys';

export function getMasterFrameworks(options: ApiRequestOptions = {}) {
  return apiGet<{ frameworks: MesosFramework[] }>('/api/mesos/master/frameworks', options);
}

export interface SeenFrameworks {
  frameworks: MesosFramework[];
  /** When Stadium first saw each outstanding offer, by offer id. */
  offersSeenAt: ReadonlyMap<string, number>;
}

/**
 * The frameworks, then when the proxy first saw their offers (it notes them as the frameworks
 * pass through it, so the read after them knows every offer they list). Offers carry no time of
 * their own; kept in the proxy, an offer's age is the same in every tab and across reloads.
 */
async function readFrameworks(signal: AbortSignal): Promise<SeenFrameworks> {
  const { frameworks } = await getMasterFrameworks({ signal });
  const { seen } = await apiGet<{ seen: Record<string, number> }>('/api/offers/first-seen', {
    signal,
  });
  return { frameworks, offersSeenAt: new Map(Object.entries(seen)) };
}

export function masterFrameworksQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.frameworks(),
    queryFn: ({ signal }) => readFrameworks(signal),
    ...pollEvery(REFRESH_MS.mesosOperator),
  });
}

/**
 * The master's frameworks with their outstanding `offers` (of the GET endpoints only v0
 * `/frameworks` and `/state` list them) and when Stadium first saw each offer.
 */
export function useMasterFrameworks() {
  return useQuery(masterFrameworksQueryOptions());
}
