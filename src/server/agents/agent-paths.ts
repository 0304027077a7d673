/**
 * Agent endpoints the console may reach through /api/agents/<id>/...: the sandbox files API,
 * the agent state and flags, its process endpoints, metrics and per-executor usage
 * (`/monitor/statistics`). Anything else on an agent stays closed.
 */
export function isAllowedAgentPath(rawPath: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return false;
  }
  const segments = path.replace(/^\//, '').split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
    return false;
  const [first, second] = segments;
  if (first === 'files' || first === 'slave(1)') return second !== undefined;
  if (first === 'state' || first === 'flags') return segments.length === 1;
  if (first === 'monitor') return second === 'statistics' && segments.length === 2;
  return first === 'metrics' && second === 'snapshot' && segments.length === 2;
}

/** Where a master started with --log_dir attaches its own log in its files API. */
const MASTER_LOG_PATH = '/master/log';

/**
 * What each master answers for itself and never redirects: `/version`, `/metrics/snapshot`, and
 * its own log (`/files/read` and `/files/download` of `/master/log`, one `path` and no other).
 */
export function isAllowedMasterPath(path: string, query: URLSearchParams): boolean {
  if (path === '/version' || path === '/metrics/snapshot') return true;
  const files = query.getAll('path');
  // Mesos also splits a query at `;`: a second `path` hidden behind one is refused.
  const hidesParameters = [...query].some(([name, value]) => `${name}${value}`.includes(';'));
  return (
    !hidesParameters &&
    (path === '/files/read' || path === '/files/download') &&
    files.length === 1 &&
    files[0] === MASTER_LOG_PATH
  );
}

/** `slave(1)@10.0.1.108:5051` -> `http://10.0.1.108:5051`; the pid carries the reachable ip:port. */
export function agentUrlFromPid(pid: string): string | null {
  const hostPort = /^[^@]+@([^:@/]+:\d{1,5})$/.exec(pid)?.[1];
  return hostPort ? `http://${hostPort}` : null;
}
