import { Agent } from 'undici';

/** Upstream deadlines: Mesos state of a large cluster can take seconds; streams may idle a while. */
export const UPSTREAM_TIMEOUTS = {
  connectMs: 5_000,
  headersMs: 30_000,
  /** Longest silence inside a response body (downloads, Marathon's event stream). */
  bodyIdleMs: 300_000,
} as const;

/**
 * One keep-alive connection pool per upstream origin, shared by all routes and probes. `ca`
 * replaces the CAs https:// upstreams are verified against (access/tls-files.ts).
 */
export function createUpstreamDispatcher(options: { ca?: string[] } = {}): Agent {
  return new Agent({
    connections: 64,
    keepAliveTimeout: 10_000,
    headersTimeout: UPSTREAM_TIMEOUTS.headersMs,
    bodyTimeout: UPSTREAM_TIMEOUTS.bodyIdleMs,
    connect: { timeout: UPSTREAM_TIMEOUTS.connectMs, ...(options.ca && { ca: options.ca }) },
  });
}
