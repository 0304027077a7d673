import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MetricsSnapshot } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import type { MesosVersionInfo } from '../../../shared/api/get-mesos-version';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { mesosKeys } from '../../../shared/api/query-keys';

export interface MasterNodeInfo {
  version: MesosVersionInfo;
  /** Epoch ms: when the sample was taken minus `master/uptime_secs`; null if not reported. */
  startTime: number | null;
}

/**
 * One master's own `/version` and `/metrics/snapshot` through `/api/masters/<host:port>/`:
 * every master answers these for itself, so standbys are described too.
 */
export async function getMasterNode(
  hostPort: string,
  options: ApiRequestOptions = {},
): Promise<MasterNodeInfo> {
  const base = `/api/masters/${encodeURIComponent(hostPort)}`;
  const [version, metrics] = await Promise.all([
    apiGet<MesosVersionInfo>(`${base}/version`, options),
    apiGet<MetricsSnapshot>(`${base}/metrics/snapshot`, options),
  ]);
  const uptime = metrics['master/uptime_secs'];
  return {
    version,
    startTime: typeof uptime === 'number' ? Date.now() - uptime * 1000 : null,
  };
}

export function masterNodeQueryOptions(hostPort: string) {
  return queryOptions({
    queryKey: mesosKeys.masterNode(hostPort),
    queryFn: ({ signal }) => getMasterNode(hostPort, { signal }),
    ...pollEvery(REFRESH_MS.mesosMetrics),
  });
}

export function useMasterNode(hostPort: string) {
  return useQuery(masterNodeQueryOptions(hostPort));
}
