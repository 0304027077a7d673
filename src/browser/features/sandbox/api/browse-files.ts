import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosFileInfo } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { agentKeys } from '../../../shared/api/query-keys';
import { agentFilesUrl } from './agent-files-urls';

/** Sizes and times of a running task's logs change every few seconds. */

export function browseFiles(
  agentId: string,
  path: string,
  options: ApiRequestOptions = {},
): Promise<MesosFileInfo[]> {
  return apiGet<MesosFileInfo[]>(agentFilesUrl(agentId, 'browse', path), options);
}

export function browseFilesQueryOptions(agentId: string, path: string) {
  return queryOptions({
    queryKey: agentKeys.browse(agentId, path),
    queryFn: ({ signal }) => browseFiles(agentId, path, { signal }),
    ...pollEvery(REFRESH_MS.sandboxListing),
  });
}

/** The entries of a sandbox directory (or a file's own entry) on the agent. */
export function useBrowseFiles(agentId: string, path: string) {
  return useQuery(browseFilesQueryOptions(agentId, path));
}
