import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MarathonQueueItem } from '../../../../api/marathon';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { marathonKeys } from '../../../shared/api/query-keys';
import { MARATHON_API } from '../../../shared/api/marathon-paths';

export async function getQueue(options: ApiRequestOptions = {}): Promise<MarathonQueueItem[]> {
  const { queue } = await apiGet<{ queue: MarathonQueueItem[] }>(
    `${MARATHON_API}/queue?embed=lastUnusedOffers`,
    options,
  );
  return queue;
}

export function queueQueryOptions() {
  return queryOptions({
    queryKey: marathonKeys.queue(),
    queryFn: ({ signal }) => getQueue({ signal }),
    ...pollEvery(REFRESH_MS.marathonQueue),
  });
}

/** Instances waiting to launch, with the offer-matching funnel and the backoff delay. */
export function useQueue() {
  return useQuery(queueQueryOptions());
}
