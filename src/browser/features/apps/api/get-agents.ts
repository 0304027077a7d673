import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosAgent } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { mesosKeys } from '../../../shared/api/query-keys';
import { REFRESH_MS } from '../../../shared/api/polling';

export async function getAgents(options: ApiRequestOptions = {}): Promise<MesosAgent[]> {
  const { slaves } = await apiGet<{ slaves: MesosAgent[] }>('/api/mesos/master/slaves', options);
  return slaves;
}

export function agentsQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.slaves(),
    queryFn: ({ signal }) => getAgents({ signal }),
    staleTime: REFRESH_MS.mesosAgentsFresh,
  });
}

/** The registered agents with their total and used resources (the scale dialog's capacity check). */
export function useAgents() {
  return useQuery(agentsQueryOptions());
}
