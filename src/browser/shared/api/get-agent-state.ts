import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosAgentState } from '../../../api/mesos';
import { apiGet, type ApiRequestOptions } from './api-client';
import { pollEvery, REFRESH_MS } from './polling';
import { agentKeys } from './query-keys';

/** An agent's own `/state` is large and only the executors table keeps it on screen: poll slowly. */

export function getAgentState(
  agentId: string,
  options: ApiRequestOptions = {},
): Promise<MesosAgentState> {
  return apiGet<MesosAgentState>(`/api/agents/${encodeURIComponent(agentId)}/state`, options);
}

/** The agent's `/state` through the proxy: its frameworks, their executors and sandboxes. */
export function agentStateQueryOptions(agentId: string) {
  return queryOptions({
    queryKey: agentKeys.state(agentId),
    queryFn: ({ signal }) => getAgentState(agentId, { signal }),
  });
}

/** For the agent's executors table, kept current by a slow poll. */
export function useAgentState(agentId: string) {
  return useQuery({ ...agentStateQueryOptions(agentId), ...pollEvery(REFRESH_MS.agentState) });
}

/**
 * For finding a task's sandbox: the cached copy is shared with the agent views, but fetched again
 * on mount, since a task launched after it was fetched must be found.
 */
export function useFreshAgentState(agentId: string) {
  return useQuery({ ...agentStateQueryOptions(agentId), refetchOnMount: 'always' });
}
