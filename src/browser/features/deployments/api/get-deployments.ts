import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MarathonDeployment } from '../../../../api/marathon';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { marathonKeys } from '../../../shared/api/query-keys';
import { MARATHON_API } from '../../../shared/api/marathon-paths';

export function getDeployments(options: ApiRequestOptions = {}): Promise<MarathonDeployment[]> {
  return apiGet<MarathonDeployment[]>(`${MARATHON_API}/deployments`, options);
}

export function deploymentsQueryOptions() {
  return queryOptions({
    queryKey: marathonKeys.deployments(),
    queryFn: ({ signal }) => getDeployments({ signal }),
    ...pollEvery(REFRESH_MS.marathonDeployments),
  });
}

/** Marathon's running deployments with their steps and current actions. */
export function useDeployments() {
  return useQuery(deploymentsQueryOptions());
}
