import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosFramework } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { mesosKeys } from '../../../shared/api/query-keys';

export function getMasterFrameworks(options: ApiRequestOptions = {}) {
  return apiGet<{ frameworks: MesosFramework[] }>('/api/mesos/master/frameworks', options);
}

/** Offer id -> epoch ms this tab first saw it; offers carry no time of their own. */
const firstSeen = new Map<string, number>();

export interface SeenFrameworks {
  frameworks: MesosFramework[];
  /** When each outstanding offer was first seen, by offer id. */
  offersSeenAt: ReadonlyMap<string, number>;
}

async function readFrameworks(signal: AbortSignal): Promise<SeenFrameworks> {
  const { frameworks } = await getMasterFrameworks({ signal });
  const now = Date.now();
  const live = new Set<string>();
  for (const framework of frameworks) {
    for (const offer of framework.offers ?? []) {
      live.add(offer.id);
      if (!firstSeen.has(offer.id)) firstSeen.set(offer.id, now);
    }
  }
  for (const id of firstSeen.keys()) if (!live.has(id)) firstSeen.delete(id);
  return { frameworks, offersSeenAt: new Map(firstSeen) };
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
 * `/frameworks` and `/state` list them) and when this tab first saw each offer.
 */
export function useMasterFrameworks() {
  return useQuery(masterFrameworksQueryOptions());
}
