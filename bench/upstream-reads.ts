import type { ServerRequestLog } from '../src/server/test-support/server-requests';

/** `/master/state` requests the simulated masters at `masterUrls` received so far. */
export function stateReads(log: ServerRequestLog, masterUrls: readonly string[]): number {
  return masterUrls.reduce((sum, url) => sum + log.count(url, '/master/state'), 0);
}
