import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { mesosKeys } from '../../../shared/api/query-keys';

export async function getMasterFlags(
  options: ApiRequestOptions = {},
): Promise<Record<string, string>> {
  return (await apiGet<{ flags: Record<string, string> }>('/api/mesos/master/flags', options))
    .flags;
}

/** The leading master's flags; they change only when it restarts (or another master leads). */
export function masterFlagsQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.masterFlags(),
    queryFn: ({ signal }) => getMasterFlags({ signal }),
    staleTime: 60_000,
  });
}

export function useMasterFlags() {
  return useQuery(masterFlagsQueryOptions());
}
