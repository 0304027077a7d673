import { Agent, type Dispatcher } from 'undici';
import type { UpstreamCredentials } from '../upstream-source';

/** Upstream deadlines: Mesos state of a large cluster can take seconds; streams may idle a while. */
export const UPSTREAM_TIMEOUTS = {
  connectMs: 5_000,
  headersMs: 30_000,
  /** Longest silence inside a response body (downloads, Marathon's event stream). */
  bodyIdleMs: 300_000,
} as const;

/**
 * One keep-alive connection pool per upstream origin, shared by all routes and probes. Nodes
 * given with userinfo (`http://ops:pw@m1:5050`) get it as Basic auth on every request, unless the
 * request already carries an Authorization of Stadium's own (--mesos-credentials,
 * --marathon-credentials: access/upstream-credentials.ts). `ca` replaces the CAs https://
 * upstreams are verified against (access/tls-files.ts).
 */
export function createUpstreamDispatcher(
  credentials: ReadonlyMap<string, UpstreamCredentials> = new Map(),
  options: { ca?: string[] } = {},
): Dispatcher {
  const agent = new Agent({
    connections: 64,
    keepAliveTimeout: 10_000,
    headersTimeout: UPSTREAM_TIMEOUTS.headersMs,
    bodyTimeout: UPSTREAM_TIMEOUTS.bodyIdleMs,
    connect: { timeout: UPSTREAM_TIMEOUTS.connectMs, ...(options.ca && { ca: options.ca }) },
  });
  if (credentials.size === 0) return agent;
  const basic = new Map(
    [...credentials].map(([origin, { user, password }]) => [
      origin,
      `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    ]),
  );
  return agent.compose((dispatch) => (options, handler) => {
    const authorization = basic.get(String(options.origin));
    if (authorization === undefined) return dispatch(options, handler);
    return dispatch(
      { ...options, headers: withAuthorization(options.headers, authorization, 'keep') },
      handler,
    );
  });
}

/** The request's headers with `authorization`; `keep` leaves one the request already has. */
export function withAuthorization(
  headers: Dispatcher.DispatchOptions['headers'],
  authorization: string,
  mode: 'keep' | 'replace',
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) {
      result[String(headers[i]).toLowerCase()] = String(headers[i + 1]);
    }
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) result[name.toLowerCase()] = value as string | string[];
    }
  }
  if (mode === 'replace') result['authorization'] = authorization;
  else result['authorization'] ??= authorization;
  return result;
}
