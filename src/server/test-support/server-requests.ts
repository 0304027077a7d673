import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server } from 'node:http';

export interface ServerRequestLog {
  /** Requests received so far by any HTTP server of this process, oldest first. */
  readonly requests: readonly { port: number; url: string }[];
  /** Requests whose server listens on `port` and whose path starts with `pathPrefix`. */
  count(port: number | string, pathPrefix: string): number;
  stop(): void;
}

const CHANNEL = 'http.server.request.start';

/**
 * Records what upstream servers (the simulated masters, agents, Marathon) receive, from Node's
 * own diagnostics channel: it sees every request of every server in the process, unaltered.
 */
export function recordServerRequests(): ServerRequestLog {
  const requests: { port: number; url: string }[] = [];
  const onRequest = (message: unknown) => {
    const { request, server } = message as { request: IncomingMessage; server: Server };
    const address = server.address();
    if (typeof address === 'object' && address !== null) {
      requests.push({ port: address.port, url: request.url ?? '' });
    }
  };
  subscribe(CHANNEL, onRequest);
  return {
    requests,
    count(port, pathPrefix) {
      const wanted = typeof port === 'number' ? port : Number(new URL(port).port);
      return requests.filter((r) => r.port === wanted && r.url.startsWith(pathPrefix)).length;
    },
    stop: () => unsubscribe(CHANNEL, onRequest),
  };
}
