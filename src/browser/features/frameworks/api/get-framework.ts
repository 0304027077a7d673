import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrameworkRow } from '../../../../api/cluster-model';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { clusterKeys } from '../../../shared/api/query-keys';

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
    ...pollEvery(REFRESH_MS.clusterModel),
  });
}

export function useFramework(frameworkId: string) {
  return useQuery(frameworkQueryOptions(frameworkId));
}
