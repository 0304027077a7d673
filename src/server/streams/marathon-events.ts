import { StringDecoder } from 'node:string_decoder';
import type { ClusterModel } from '../cluster-model';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import type { StadiumLog } from '../leaders/leader-state';
import type { LeaderForwarder } from '../proxy/leader-forwarder';
import { Backoff, sleep } from './backoff';

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
/** A Marathon without an event stream is asked again this often (it may have been upgraded). */
const RETRY_WITHOUT_STREAM_MS = 300_000;

/** A Marathon whose `/v2/events` is missing or refuses SSE. */
class NoEventStream extends Error {}

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
  const backoff = new Backoff(options.retryMs ?? 1_000, 30_000);
  const listeners = new Set<(change: MarathonChange) => void>();
  const fallbackPollMs = options.fallbackPollMs ?? (() => model.status().pollIntervalMs);
  let running = false;
  let mode: 'connecting' | 'stream' | 'poll' = 'connecting';
  let reconnects = 0;
  let current: AbortController | null = null;
  /** performance.now() when the current stream opened, and its origin; null when none is open. */
  let openedAt: number | null = null;
  let openOrigin: string | null = null;
  let wake: () => void = () => {};
  let unsubscribeLeader = () => {};
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
    if (!running || mode === 'stream') return;
    pollTimer = setTimeout(() => {
      if (model.stateFeed() === 'stream') changed([]);
      schedulePoll();
    }, fallbackPollMs());
  }

  async function follow(signal: AbortSignal): Promise<void> {
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
      throw new NoEventStream(`${origin}/v2/events answered ${why}`);
    }
    if (mode !== 'stream') log(`marathon: following the event stream of ${origin}`);
    mode = 'stream';
    openedAt = performance.now();
    openOrigin = origin;
    clearTimeout(pollTimer);
    changed([]);
    const parser = new SseParser();
    for await (const chunk of response.body) {
      for (const { event, data } of parser.push(chunk)) {
        let name = event;
        if (name === 'message') {
          try {
            name = String((JSON.parse(data) as { eventType?: unknown }).eventType ?? name);
          } catch {
            // Not JSON: the SSE event name is all there is.
          }
        }
        queue(name);
      }
    }
    throw new Error(`the event stream of ${origin} ended`);
  }

  async function loop(): Promise<void> {
    while (running) {
      const controller = new AbortController();
      current = controller;
      try {
        await follow(controller.signal);
      } catch (error) {
        if (!running) return;
        const lived = openedAt === null ? null : performance.now() - openedAt;
        openedAt = null;
        openOrigin = null;
        if (lived !== null) reconnects++;
        if (error instanceof NoEventStream) {
          if (mode !== 'poll') log(`marathon: ${error.message}; polling its apps instead`);
          mode = 'poll';
          schedulePoll();
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, RETRY_WITHOUT_STREAM_MS).unref();
          });
          continue;
        }
        if (mode !== 'poll') {
          mode = 'poll';
          schedulePoll();
        }
        await sleep(lived === null ? backoff.next() : backoff.afterStream(lived));
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      unsubscribeLeader = discovery.onLeaderChange((leader) => {
        wake();
        // A stream that already reconnected to the new leader stays.
        if (leader !== openOrigin) current?.abort(new Error('the leading Marathon changed'));
      });
      void loop();
    },
    stop() {
      running = false;
      unsubscribeLeader();
      clearTimeout(flushTimer);
      clearTimeout(pollTimer);
      wake();
      current?.abort(new Error('stopped'));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get reconnects() {
      return reconnects;
    },
    mode: () => mode,
  };
}
