import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosAgentState } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery } from '../../../shared/api/polling';
import { agentKeys } from '../../../shared/api/query-keys';

/** An agent's own `/state` is large and only the executors table needs it: poll it slowly. */
const AGENT_STATE_POLL_MS = 15_000;

export function getAgentState(
  agentId: string,
  options: ApiRequestOptions = {},
): Promise<MesosAgentState> {
  return apiGet<MesosAgentState>(`/api/agents/${encodeURIComponent(agentId)}/state`, options);
}

export function agentStateQueryOptions(agentId: string) {
  return queryOptions({
    queryKey: agentKeys.state(agentId),
    queryFn: ({ signal }) => getAgentState(agentId, { signal }),
    ...pollEvery(AGENT_STATE_POLL_MS),
  });
}

/** The agent's `/state` through the proxy: its frameworks and their executors. */
export function useAgentState(agentId: string) {
  return useQuery(agentStateQueryOptions(agentId));
}
