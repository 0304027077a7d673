import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosRoles } from '../../../../api/mesos-operator';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { mesosKeys } from '../../../shared/api/query-keys';

export function getRoles(options: ApiRequestOptions = {}): Promise<MesosRoles> {
  return apiGet<MesosRoles>('/api/mesos/master/roles', options);
}

export function rolesQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.roles(),
    queryFn: ({ signal }) => getRoles({ signal }),
    ...pollEvery(REFRESH_MS.mesosOperator),
  });
}

/** The leading master's roles with weights, quota and what each holds. */
export function useRoles() {
  return useQuery(rolesQueryOptions());
}
