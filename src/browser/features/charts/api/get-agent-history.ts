import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AgentHistory } from '../../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';

export function getAgentHistory(
  agentId: string,
  options: ApiRequestOptions = {},
): Promise<AgentHistory> {
  return apiGet<AgentHistory>(
    `/api/cluster/agents/${encodeURIComponent(agentId)}/history`,
    options,
  );
}

export function agentHistoryQueryOptions(agentId: string) {
  return queryOptions({
    queryKey: clusterKeys.agentHistory(agentId),
    queryFn: ({ signal }) => getAgentHistory(agentId, { signal }),
    ...pollEvery(REFRESH_MS.clusterModel),
  });
}

/** The agent's used and total resources at each poll of the master the proxy remembers. */
export function useAgentHistory(agentId: string) {
  return useQuery(agentHistoryQueryOptions(agentId));
}
