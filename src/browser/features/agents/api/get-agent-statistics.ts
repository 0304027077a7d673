import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosExecutorStatistics } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery } from '../../../shared/api/polling';
import { agentKeys } from '../../../shared/api/query-keys';

/** The Mesos UI's agent "top" samples every 3 s; CPU use is the difference of two samples. */
export const STATISTICS_INTERVAL_MS = 3_000;

export function getAgentStatistics(
  agentId: string,
  options: ApiRequestOptions = {},
): Promise<MesosExecutorStatistics[]> {
  const path = `/api/agents/${encodeURIComponent(agentId)}/monitor/statistics`;
  return apiGet<MesosExecutorStatistics[]>(path, options);
}

export function agentStatisticsQueryOptions(agentId: string) {
  return queryOptions({
    queryKey: agentKeys.statistics(agentId),
    queryFn: ({ signal }) => getAgentStatistics(agentId, { signal }),
    ...pollEvery(STATISTICS_INTERVAL_MS),
  });
}

export function useAgentStatistics(agentId: string) {
  return useQuery(agentStatisticsQueryOptions(agentId));
}
