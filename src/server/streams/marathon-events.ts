import { StringDecoder } from 'node:string_decoder';
import type { ClusterModel } from '../cluster-model';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import type { StadiumLog } from '../leaders/leader-state';
import type { LeaderForwarder } from '../proxy/leader-forwarder';
import { StreamLoop, StreamUnsupported } from './stream-loop';

export interface MarathonEventsOptions {
  discovery: LeaderDiscovery;
  forwarder: LeaderForwarder;
  model: ClusterModel;
  log: StadiumLog;
  /** First wait before reconnecting; doubles up to 30 s. Default 1 s. */
  retryMs?: number;
  /** How often apps are read while there is no event stream; default the model's poll interval. */
  fallbackPollMs?: () => number;
}

/** What changed on the Marathon side, for consoles: the event names, or a fresh start. */
export interface MarathonChange {
  /** Marathon's `eventType`s since the last change, or empty after a (re)connect or poll. */
  events: string[];
}

export interface MarathonEvents {
  start(): void;
  stop(): void;
  onChange(listener: (change: MarathonChange) => void): () => void;
  /** Each event as it arrives (its `eventType` and parsed body), for the event feed. */
  onEvent(listener: (type: string, body: unknown) => void): () => void;
  /** Streams that ended or broke and were opened again (for /metrics). */
  readonly reconnects: number;
  mode(): 'connecting' | 'stream' | 'poll';
}

/** Events that change nothing a console shows. */
const IGNORED = new Set([
  'event_stream_attached',
  'event_stream_detached',
  'subscribe_event',
  'unsubscribe_event',
  'framework_message_event',
]);
/** Events arriving within this window become one apps read and one console message. */
const COALESCE_MS = 100;

/** What Marathon answers for a path it has no route for (500 "URI not found" before 1.x). */
const NO_ENDPOINT = [404, 405, 500, 501];

/**
 * Server-sent events as the spec frames them: `field: value` lines, a blank line ends an event.
 * Chunks may split lines and UTF-8 characters anywhere.
 */
export class SseParser {
  private readonly decoder = new StringDecoder('utf8');
  private buffer = '';
  private event = '';
  private data: string[] = [];

  push(chunk: Uint8Array): { event: string; data: string }[] {
    this.buffer += this.decoder.write(
      Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
    );
    const out: { event: string; data: string }[] = [];
    for (let newline = this.buffer.search(/\r\n|\n|\r/); newline >= 0;) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      // A lone \r at the end may be the first half of \r\n: wait for the next chunk.
      if (width === 1 && this.buffer[newline] === '\r' && newline === this.buffer.length - 1) break;
      this.buffer = this.buffer.slice(newline + width);
      this.line(line, out);
      newline = this.buffer.search(/\r\n|\n|\r/);
    }
    return out;
  }

  private line(line: string, out: { event: string; data: string }[]): void {
    if (line === '') {
      if (this.data.length > 0)
        out.push({ event: this.event || 'message', data: this.data.join('\n') });
      this.event = '';
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }
}

/**
 * One `/v2/events` stream from the proxy to the leading Marathon. Every reconnect re-reads the
 * apps (events may have been missed while it was down) and tells consoles to re-read theirs;
 * each burst of events does the same once. A Marathon without the stream is polled instead.
 */
export function createMarathonEvents(options: MarathonEventsOptions): MarathonEvents {
  const { discovery, forwarder, model, log } = options;
  const listeners = new Set<(change: MarathonChange) => void>();
  const eventListeners = new Set<(type: string, body: unknown) => void>();
  const fallbackPollMs = options.fallbackPollMs ?? (() => model.status().pollIntervalMs);
  let mode: 'connecting' | 'stream' | 'poll' = 'connecting';
  let pending: string[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;

  function changed(events: string[]): void {
    void model.refreshApps().finally(() => {
      for (const listener of listeners) listener({ events });
    });
  }

  function queue(event: string): void {
    if (IGNORED.has(event)) return;
    if (!pending.includes(event)) pending.push(event);
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      const events = pending;
      pending = [];
      changed(events);
    }, COALESCE_MS);
  }

  /** Reads the apps per interval while the stream is down (a polled model reads them itself). */
  function schedulePoll(): void {
    clearTimeout(pollTimer);
    if (!loop.isRunning() || mode === 'stream') return;
    pollTimer = setTimeout(() => {
      if (model.stateFeed() === 'stream') changed([]);
      schedulePoll();
    }, fallbackPollMs());
  }

  async function follow(signal: AbortSignal, opened: (origin: string) => void): Promise<void> {
    const outcome = await forwarder.forward({
      method: 'GET',
      path: '/v2/events',
      headers: { accept: 'text/event-stream' },
      signal,
    });
    if (outcome.kind === 'failure') throw new Error(outcome.message);
    const { response, origin } = outcome;
    const type = String(response.headers['content-type'] ?? '');
    if (response.statusCode !== 200 || !type.startsWith('text/event-stream')) {
      await response.body.dump();
      const why =
        response.statusCode === 200 ? `a ${type || 'non-SSE'} body` : `HTTP ${response.statusCode}`;
      const message = `${origin}/v2/events answered ${why}`;
      // 503 and the like are an election or a hiccup; these mean there is no such endpoint.
      const missing = response.statusCode === 200 || NO_ENDPOINT.includes(response.statusCode);
      throw missing ? new StreamUnsupported(message) : new Error(message);
    }
    if (mode !== 'stream') log(`marathon: following the event stream of ${origin}`);
    mode = 'stream';
    opened(origin);
    clearTimeout(pollTimer);
    changed([]);
    const parser = new SseParser();
    for await (const chunk of response.body) {
      for (const { event, data } of parser.push(chunk)) {
        let name = event;
        let body: unknown = null;
        try {
          body = JSON.parse(data);
        } catch {
          // Not JSON: the SSE event name is all there is.
        }
        if (name === 'message') {
          name = String((body as { eventType?: unknown } | null)?.eventType ?? name);
        }
        for (const listener of eventListeners) listener(name, body);
        queue(name);
      }
    }
    throw new Error(`the event stream of ${origin} ended`);
  }

  const loop = new StreamLoop({
    discovery,
    retryMs: options.retryMs ?? 1_000,
    noun: 'Marathon',
    stream: 'marathon-events',
    log,
    follow,
    failed(reason) {
      if (reason instanceof StreamUnsupported && mode !== 'poll') {
        log(`marathon: ${reason.message}; polling its apps instead`);
      }
      if (mode !== 'poll') {
        mode = 'poll';
        schedulePoll();
      }
    },
  });

  return {
    start: () => loop.start(),
    stop() {
      loop.stop();
      clearTimeout(flushTimer);
      clearTimeout(pollTimer);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    get reconnects() {
      return loop.reconnects;
    },
    mode: () => mode,
  };
}
