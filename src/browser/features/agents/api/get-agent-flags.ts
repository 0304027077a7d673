import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { agentKeys } from '../../../shared/api/query-keys';

export async function getAgentFlags(
  agentId: string,
  options: ApiRequestOptions = {},
): Promise<Record<string, string>> {
  const path = `/api/agents/${encodeURIComponent(agentId)}/flags`;
  return (await apiGet<{ flags: Record<string, string> }>(path, options)).flags;
}

/** Flags change only when the agent restarts: read once per visit. */
export function agentFlagsQueryOptions(agentId: string) {
  return queryOptions({
    queryKey: agentKeys.flags(agentId),
    queryFn: ({ signal }) => getAgentFlags(agentId, { signal }),
    staleTime: 60_000,
  });
}

export function useAgentFlags(agentId: string) {
  return useQuery(agentFlagsQueryOptions(agentId));
}
