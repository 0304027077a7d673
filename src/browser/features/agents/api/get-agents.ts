import { queryOptions } from '@tanstack/react-query';
import type { AgentSlice, AgentSortKey, SortOrder } from '../../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';
import type { PageRequest } from '../../../shared/ui/virtual-table/use-slice-window';
import { clusterPath } from '../../../shared/api/cluster-api';

export interface AgentListParams {
  q?: string;
  sort?: AgentSortKey;
  order?: SortOrder;
}

export function getAgents(
  params: AgentListParams,
  page: PageRequest,
  options: ApiRequestOptions = {},
): Promise<AgentSlice> {
  return apiGet<AgentSlice>(clusterPath('agents', { ...params, ...page }), options);
}

/** One page of `/api/cluster/agents`. */
export function agentsPageQueryOptions(params: AgentListParams, page: PageRequest) {
  return queryOptions({
    queryKey: clusterKeys.agentList({ ...params, ...page }),
    queryFn: ({ signal }) => getAgents(params, page, { signal }),
    ...pollEvery(REFRESH_MS.clusterModel),
  });
}
