import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FeedEvent } from '../../api/event-feed';
import { startEventStream } from '../streams/sse-response';
import type { FeedRing } from './feed-ring';

export const FEED_PATH = '/api/feed';
/** A comment line this often keeps idle connections open; the session is checked as often. */
const KEEPALIVE_MS = 15_000;
const RETRY_MS = 2_000;

/** Each event is framed once, however many pages have the feed open. */
const frames = new WeakMap<FeedEvent, string>();
function frame(event: FeedEvent): string {
  let text = frames.get(event);
  if (text === undefined) {
    text = `id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`;
    frames.set(event, text);
  }
  return text;
}

export interface FeedRouteOptions {
  ring: FeedRing;
  /** False once the request's session was signed out or expired: the stream ends. */
  stillSignedIn(request: FastifyRequest): boolean;
  keepaliveMs?: number;
}

/**
 * `GET /api/feed`: the event feed as server-sent events. A new connection gets the events the
 * proxy kept, a reconnect (`Last-Event-ID`) only those after the last it saw, then each new one.
 * Registered on the app, so the request pipeline (host, origin, session) has passed it; the
 * session is checked again with every event and keepalive, and the stream ends when it no longer
 * holds (the browser's reconnect then meets the pipeline's 401).
 */
export function registerFeedRoute(app: FastifyInstance, options: FeedRouteOptions): () => void {
  const { ring } = options;
  const open = new Set<() => void>();
  app.get(FEED_PATH, (request, reply) => {
    const lastSeen = Number(request.headers['last-event-id'] ?? 0);
    const raw = startEventStream(reply, RETRY_MS);
    raw.write(ring.since(lastSeen).map(frame).join(''));
    const checked = (write: () => void) => {
      if (options.stillSignedIn(request)) write();
      else close();
    };
    const unsubscribe = ring.subscribe((event) => checked(() => raw.write(frame(event))));
    const keepalive = setInterval(
      () => checked(() => raw.write(': keepalive\n\n')),
      options.keepaliveMs ?? KEEPALIVE_MS,
    );
    function close() {
      clearInterval(keepalive);
      unsubscribe();
      open.delete(close);
      raw.end();
    }
    open.add(close);
    request.raw.on('close', close);
    raw.on('error', close);
  });
  return () => {
    for (const close of [...open]) close();
  };
}
