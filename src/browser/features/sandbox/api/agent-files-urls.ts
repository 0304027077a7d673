/**
 * Whose files API a path is read from: an agent's, by id, or a master's: the leader's, or with
 * `node` (its host:port) that one master's own, standbys included.
 */
export type FilesHost = { agentId: string } | { master: true; node?: string };

/** Where Mesos attaches a node's own log when it runs with --log_dir. */
export const MASTER_LOG_PATH = '/master/log';
export const AGENT_LOG_PATH = '/slave/log';

export function isNodeLog(path: string): boolean {
  return path === MASTER_LOG_PATH || path === AGENT_LOG_PATH;
}

/**
 * `/api/agents/<agentId>/files/<call>?path=...` (the agent's files API through the proxy), or
 * `/api/mesos/files/<call>?path=...` for the leading master's, or
 * `/api/masters/<host:port>/files/<call>?path=...` for one master's.
 */
export function filesUrl(
  host: FilesHost,
  call: 'browse' | 'read' | 'download',
  path: string,
  extra: Record<string, string> = {},
): string {
  const query = new URLSearchParams({ path, ...extra });
  const base =
    'agentId' in host
      ? `/api/agents/${encodeURIComponent(host.agentId)}`
      : host.node !== undefined
        ? `/api/masters/${encodeURIComponent(host.node)}`
        : '/api/mesos';
  return `${base}/files/${call}?${query.toString()}`;
}

export function agentFilesUrl(
  agentId: string,
  call: 'browse' | 'read' | 'download',
  path: string,
  extra: Record<string, string> = {},
): string {
  return filesUrl({ agentId }, call, path, extra);
}
