import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrameworkRow } from '../../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';
import { CLUSTER_POLL_MS } from '../../../shared/api/cluster-api';

export function getFramework(
  frameworkId: string,
  options: ApiRequestOptions = {},
): Promise<FrameworkRow> {
  return apiGet<FrameworkRow>(
    `/api/cluster/frameworks/${encodeURIComponent(frameworkId)}`,
    options,
  );
}

export function frameworkQueryOptions(frameworkId: string) {
  return queryOptions({
    queryKey: clusterKeys.framework(frameworkId),
    queryFn: ({ signal }) => getFramework(frameworkId, { signal }),
    ...pollEvery(CLUSTER_POLL_MS),
  });
}

export function useFramework(frameworkId: string) {
  return useQuery(frameworkQueryOptions(frameworkId));
}
