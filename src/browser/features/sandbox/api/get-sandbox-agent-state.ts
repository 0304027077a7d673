import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosAgentState } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { agentKeys } from '../../../shared/api/query-keys';

export function getAgentState(
  agentId: string,
  options: ApiRequestOptions = {},
): Promise<MesosAgentState> {
  return apiGet<MesosAgentState>(`/api/agents/${encodeURIComponent(agentId)}/state`, options);
}

/**
 * The agent's `/state`, shared with the agent views by key, but fetched again on mount: a task
 * launched since the cached copy must be found.
 */
export function sandboxAgentStateQueryOptions(agentId: string) {
  return queryOptions({
    queryKey: agentKeys.state(agentId),
    queryFn: ({ signal }) => getAgentState(agentId, { signal }),
    refetchOnMount: 'always',
  });
}

export function useSandboxAgentState(agentId: string) {
  return useQuery(sandboxAgentStateQueryOptions(agentId));
}
