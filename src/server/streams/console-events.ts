import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ConsoleEvent } from '../../api/console-events';
import type { ClusterModel } from '../cluster-model';
import type { MarathonEvents } from './marathon-events';
import { startEventStream } from './sse-response';

export interface ConsoleEventHub {
  /** Open `/api/events` connections (for /metrics). */
  clients(): number;
  close(): void;
}

/** A comment line this often keeps idle connections (and proxies in between) from timing out. */
const KEEPALIVE_MS = 15_000;
/** What an EventSource waits before reconnecting after a drop. */
const RETRY_MS = 2_000;

function frame(event: ConsoleEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * `GET /api/events`: one server-sent-event connection per console tab, telling it what changed
 * (a new cluster snapshot, Marathon events) so it re-reads just that instead of polling. Every
 * tab is served from the proxy's one Mesos stream and one Marathon stream: tabs add nothing
 * upstream.
 */
export function registerConsoleEvents(
  app: FastifyInstance,
  sources: { model: ClusterModel; marathon: MarathonEvents },
): ConsoleEventHub {
  const { model, marathon } = sources;
  const clients = new Set<ServerResponse>();
  const broadcast = (event: ConsoleEvent) => {
    const text = frame(event);
    for (const client of clients) client.write(text);
  };
  let lastStale: boolean | null = null;
  const statusEvent = (type: 'hello' | 'cluster' = 'cluster'): ConsoleEvent => {
    const status = model.status();
    return {
      type,
      generation: status.generation,
      stale: status.stale,
      feed: status.feed,
    };
  };
  const unsubscribeModel = model.subscribe(() => broadcast(statusEvent()));
  const unsubscribeMarathon = marathon.onChange((change) =>
    broadcast({ type: 'marathon', events: change.events }),
  );
  // A stream breaking changes no snapshot, but consoles show the model is stale.
  const staleWatch = setInterval(() => {
    const { stale } = model.status();
    if (lastStale !== null && stale !== lastStale) broadcast(statusEvent());
    lastStale = stale;
  }, 1_000);
  staleWatch.unref();

  app.get('/api/events', (request, reply) => {
    const raw = startEventStream(reply, RETRY_MS);
    // Where the console stands now: a tab that reconnects re-reads what changed meanwhile.
    raw.write(frame(statusEvent('hello')));
    clients.add(raw);
    const keepalive = setInterval(() => raw.write(': keepalive\n\n'), KEEPALIVE_MS);
    const close = () => {
      clearInterval(keepalive);
      clients.delete(raw);
    };
    request.raw.on('close', close);
    raw.on('error', close);
  });

  return {
    clients: () => clients.size,
    close() {
      clearInterval(staleWatch);
      unsubscribeModel();
      unsubscribeMarathon();
      for (const client of clients) client.end();
    },
  };
}
