import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import type { ConsoleEvent } from '../../../api/console-events';
import { clusterKeys, marathonKeys } from './query-keys';

/** A hidden tab keeps its connection this long (switching tabs briefly costs nothing). */
export const HIDDEN_GRACE_MS = 30_000;

let connected = false;

/** Whether this tab's `/api/events` connection is open: pushed queries need no polling then. */
export function liveEventsConnected(): boolean {
  return connected;
}

function setConnected(next: boolean): void {
  connected = next;
}

const startsWith = (key: QueryKey, prefix: readonly unknown[]) =>
  prefix.every((part, index) => key[index] === part);

/**
 * Queries `/api/events` covers: the model's slices (a `cluster` event comes with each snapshot)
 * and Marathon's apps, queue and deployments (a `marathon` event after each change). Metrics and
 * per-agent history are sampled by the proxy on a clock, and agents' own endpoints are not
 * watched, so those keep polling.
 */
export function isPushedQuery(key: QueryKey): boolean {
  if (startsWith(key, clusterKeys.all)) {
    return !key.includes('history');
  }
  return startsWith(key, marathonKeys.all) && !startsWith(key, marathonKeys.info());
}

/** The snapshot a cluster answer comes from: slices carry its generation, the summary a status. */
function snapshotOf(data: unknown): { generation?: unknown; stale?: unknown } | null {
  if (typeof data !== 'object' || data === null) return null;
  const answer = data as {
    generation?: unknown;
    status?: { generation?: unknown; stale?: unknown };
  };
  if (typeof answer.generation === 'number') return { generation: answer.generation };
  return answer.status ?? null;
}

/**
 * Whether a query's answer may predate what `hello` says is current. On a first load the page's
 * reads are in flight or just done when the connection opens: re-reading them would cancel the
 * first rows on their way, or queue a second round of requests behind the console's code.
 */
function behind(query: Query, hello: Partial<ConsoleEvent>): boolean {
  if (query.state.fetchStatus === 'fetching') return false;
  if (!startsWith(query.queryKey, clusterKeys.all)) return true;
  const snapshot = snapshotOf(query.state.data);
  if (snapshot === null || !('generation' in hello)) return true;
  return (
    snapshot.generation !== hello.generation ||
    (snapshot.stale !== undefined && snapshot.stale !== hello.stale)
  );
}

function parseEvent(data: string): Partial<ConsoleEvent> {
  try {
    return JSON.parse(data) as Partial<ConsoleEvent>;
  } catch {
    return {};
  }
}

const isPushedClusterQuery = (query: { queryKey: QueryKey }) =>
  isPushedQuery(query.queryKey) && startsWith(query.queryKey, clusterKeys.all);
const isPushedMarathonQuery = (query: { queryKey: QueryKey }) =>
  isPushedQuery(query.queryKey) && startsWith(query.queryKey, marathonKeys.all);

/** What a tab's `/api/events` connection received, as relayed to the other tabs. */
interface LiveMessage {
  type: 'hello' | 'cluster' | 'marathon' | 'error' | 'ask';
  data: string;
}

const STREAM_TYPES = ['hello', 'cluster', 'marathon'] as const;
/** The lock one tab holds while it keeps the connection, and the channel it relays on. */
export const LIVE_EVENTS_LOCK = 'stadium-live-events';

/**
 * One server-sent-event connection to `/api/events` per browser, not per tab (events as in
 * `src/api/console-events.ts`): a browser talks to one host over at most six HTTP/1.1
 * connections, and a seventh tab holding its own stream would wait for ever for its pages. The
 * tab that holds a Web Lock keeps the connection and relays what it receives on a
 * BroadcastChannel; when it closes or hides, the next tab takes over. Each event marks what it
 * names as changed, and TanStack Query re-reads the queries on screen (others when next shown).
 * Every (re)connect re-reads what events may have been missed for: Marathon's answers, and the
 * model's unless they come from the snapshot `hello` names. A tab hidden longer than the grace
 * period stops listening and resyncs when shown again; while there is no connection the queries
 * poll on their own intervals. Returns a stop function.
 */
export function connectLiveEvents(
  queryClient: QueryClient,
  options: { url?: string; hiddenGraceMs?: number } = {},
): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const url = options.url ?? '/api/events';
  const graceMs = options.hiddenGraceMs ?? HIDDEN_GRACE_MS;
  // Without locks or channels (older browsers, tests) each tab keeps its own connection.
  const shared =
    typeof BroadcastChannel !== 'undefined' && typeof navigator.locks?.request === 'function';
  const channel = shared ? new BroadcastChannel(LIVE_EVENTS_LOCK) : null;
  let listening = false;
  let source: EventSource | null = null;
  let lastHello: string | null = null;
  let releaseLock: (() => void) | null = null;
  let lockRequest: AbortController | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const resync = () => {
    void queryClient.invalidateQueries({ predicate: (query) => isPushedQuery(query.queryKey) });
  };

  const receive = ({ type, data }: LiveMessage) => {
    switch (type) {
      case 'hello': {
        setConnected(true);
        const hello = parseEvent(data);
        void queryClient.invalidateQueries({
          predicate: (query) => isPushedQuery(query.queryKey) && behind(query, hello),
        });
        return;
      }
      case 'cluster':
        void queryClient.invalidateQueries({ predicate: isPushedClusterQuery });
        return;
      case 'marathon':
        void queryClient.invalidateQueries({ predicate: isPushedMarathonQuery });
        return;
      case 'error':
        // EventSource reconnects by itself; until its `hello`, the queries poll again.
        if (connected) {
          setConnected(false);
          resync();
        }
        return;
      case 'ask':
        return;
    }
  };

  const relay = (message: LiveMessage) => {
    if (message.type === 'hello') lastHello = message.data;
    if (message.type === 'error') lastHello = null;
    channel?.postMessage(message);
    receive(message);
  };

  const openSource = () => {
    const next = new EventSource(url);
    source = next;
    for (const type of STREAM_TYPES) {
      next.addEventListener(type, (event) => {
        relay({ type, data: (event as MessageEvent<string>).data });
      });
    }
    next.addEventListener('error', () => relay({ type: 'error', data: '' }));
  };

  const closeSource = () => {
    if (source === null) return;
    source.close();
    source = null;
    // The other tabs poll until the tab that takes the lock over says hello.
    relay({ type: 'error', data: '' });
  };

  if (channel !== null) {
    channel.onmessage = (event: MessageEvent<LiveMessage>) => {
      const message = event.data;
      // A tab that just opened asks whether the connection is up: the holder says hello again.
      if (message.type === 'ask') {
        if (source !== null && lastHello !== null) relay({ type: 'hello', data: lastHello });
        return;
      }
      if (listening) receive(message);
    };
  }

  const open = () => {
    if (listening) return;
    listening = true;
    if (channel === null) return openSource();
    channel.postMessage({ type: 'ask', data: '' } satisfies LiveMessage);
    const request = new AbortController();
    lockRequest = request;
    navigator.locks
      .request(LIVE_EVENTS_LOCK, { signal: request.signal }, () => {
        openSource();
        return new Promise<void>((resolve) => {
          releaseLock = resolve;
        });
      })
      // Aborted while waiting: this tab stopped listening before its turn came.
      .catch(() => {});
  };

  const close = () => {
    if (!listening) return;
    listening = false;
    lockRequest?.abort();
    lockRequest = null;
    closeSource();
    releaseLock?.();
    releaseLock = null;
    if (connected) {
      setConnected(false);
      resync();
    }
  };

  const onVisibility = () => {
    clearTimeout(graceTimer);
    if (document.visibilityState === 'hidden') graceTimer = setTimeout(close, graceMs);
    else open();
  };

  document.addEventListener('visibilitychange', onVisibility);
  if (document.visibilityState !== 'hidden') open();
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    clearTimeout(graceTimer);
    close();
    channel?.close();
  };
}
