import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosAgent } from '../../../api/mesos';
import { apiGet, type ApiRequestOptions } from './api-client';
import { mesosKeys } from './query-keys';
import { REFRESH_MS } from './polling';

export async function getMesosAgents(options: ApiRequestOptions = {}): Promise<MesosAgent[]> {
  const { slaves } = await apiGet<{ slaves: MesosAgent[] }>('/api/mesos/master/slaves', options);
  return slaves;
}

export function mesosAgentsQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.slaves(),
    queryFn: ({ signal }) => getMesosAgents({ signal }),
    staleTime: REFRESH_MS.mesosAgentsFresh,
  });
}

/**
 * The registered agents as the leading master lists them (`pid`, `hostname`, resources), read
 * when needed rather than polled: the scale dialog's capacity check, machines for maintenance.
 */
export function useMesosAgents() {
  return useQuery(mesosAgentsQueryOptions());
}
