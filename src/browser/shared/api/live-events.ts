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

function parseEvent(event: Event): Partial<ConsoleEvent> {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as Partial<ConsoleEvent>;
  } catch {
    return {};
  }
}

const isPushedClusterQuery = (query: { queryKey: QueryKey }) =>
  isPushedQuery(query.queryKey) && startsWith(query.queryKey, clusterKeys.all);
const isPushedMarathonQuery = (query: { queryKey: QueryKey }) =>
  isPushedQuery(query.queryKey) && startsWith(query.queryKey, marathonKeys.all);

/**
 * One server-sent-event connection per tab to `/api/events` (events as in
 * `src/api/console-events.ts`). Each event marks what it names as
 * changed, and TanStack Query re-reads the queries on screen (others when next shown). Every
 * (re)connect re-reads what events may have been missed for: Marathon's answers, and the model's
 * unless they come from the snapshot `hello` names. A tab
 * hidden longer than the grace period closes its connection and resyncs when shown again; while
 * there is no connection the queries poll on their own intervals. Returns a stop function.
 */
export function connectLiveEvents(
  queryClient: QueryClient,
  options: { url?: string; hiddenGraceMs?: number } = {},
): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const url = options.url ?? '/api/events';
  const graceMs = options.hiddenGraceMs ?? HIDDEN_GRACE_MS;
  let source: EventSource | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const resync = () => {
    void queryClient.invalidateQueries({ predicate: (query) => isPushedQuery(query.queryKey) });
  };

  const open = () => {
    if (source !== null) return;
    const next = new EventSource(url);
    source = next;
    next.addEventListener('hello', (event) => {
      setConnected(true);
      const hello = parseEvent(event);
      void queryClient.invalidateQueries({
        predicate: (query) => isPushedQuery(query.queryKey) && behind(query, hello),
      });
    });
    next.addEventListener('cluster', () => {
      void queryClient.invalidateQueries({ predicate: isPushedClusterQuery });
    });
    next.addEventListener('marathon', () => {
      void queryClient.invalidateQueries({ predicate: isPushedMarathonQuery });
    });
    next.addEventListener('error', () => {
      // EventSource reconnects by itself; until its `hello`, the queries poll again.
      if (connected) {
        setConnected(false);
        resync();
      }
    });
  };

  const close = () => {
    source?.close();
    source = null;
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
  };
}
