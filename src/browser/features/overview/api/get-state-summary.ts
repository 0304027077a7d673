import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosStateSummary } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { POLL_INTERVAL_MS, pollEvery } from '../../../shared/api/polling';
import { mesosKeys } from '../../../shared/api/query-keys';

export function getStateSummary(options: ApiRequestOptions = {}): Promise<MesosStateSummary> {
  return apiGet<MesosStateSummary>('/api/mesos/master/state-summary', options);
}

export function stateSummaryQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.stateSummary(),
    queryFn: ({ signal }) => getStateSummary({ signal }),
    ...pollEvery(POLL_INTERVAL_MS.mesosOverview),
  });
}

/** The leading master's agents and frameworks with their resources and task counters. */
export function useStateSummary() {
  return useQuery(stateSummaryQueryOptions());
}
