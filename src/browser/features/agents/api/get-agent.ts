import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AgentDetail } from '../../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';

export function getAgent(agentId: string, options: ApiRequestOptions = {}): Promise<AgentDetail> {
  return apiGet<AgentDetail>(`/api/cluster/agents/${encodeURIComponent(agentId)}`, options);
}

export function agentQueryOptions(agentId: string) {
  return queryOptions({
    queryKey: clusterKeys.agent(agentId),
    queryFn: ({ signal }) => getAgent(agentId, { signal }),
    ...pollEvery(REFRESH_MS.clusterModel),
  });
}

/** One agent with its frameworks and live tasks. */
export function useAgent(agentId: string) {
  return useQuery(agentQueryOptions(agentId));
}
