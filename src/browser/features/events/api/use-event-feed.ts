import { useEffect, useState } from 'react';
import type { FeedEvent } from '../../../../api/event-feed';

export const FEED_URL = '/api/feed';
/** Events the page keeps; the proxy keeps as many, so a reload shows the same list. */
export const PAGE_CAPACITY = 1_000;

export type FeedConnection = 'connecting' | 'open' | 'closed';

/**
 * The proxy's event feed over one EventSource while the page is open: the events it kept first,
 * then each new one. EventSource reconnects by itself with `Last-Event-ID`, so the proxy sends
 * only what was missed; a refused reconnect (signed out) closes it, and `reconnect` tries again.
 */
export function useEventFeed() {
  const [events, setEvents] = useState<FeedEvent[]>([]);
  const [connection, setConnection] = useState<FeedConnection>('connecting');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(FEED_URL);
    let pending: FeedEvent[] = [];
    let flush: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener('open', () => setConnection('open'));
    source.addEventListener('error', () => {
      setConnection(source.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
    });
    source.addEventListener('message', (message: MessageEvent<string>) => {
      let event: FeedEvent;
      try {
        event = JSON.parse(message.data) as FeedEvent;
      } catch {
        return;
      }
      pending.push(event);
      // The replay on connect and bursts of task updates become one render.
      flush ??= setTimeout(() => {
        flush = undefined;
        const arrived = pending;
        pending = [];
        setEvents((current) => {
          const last = current.at(-1)?.seq ?? 0;
          // A restarted proxy numbers from 1 again: its replay replaces what the page had.
          const restarted = arrived[0] !== undefined && arrived[0].seq <= last;
          const next = restarted ? arrived : [...current, ...arrived];
          return next.length > PAGE_CAPACITY ? next.slice(-PAGE_CAPACITY) : next;
        });
      }, 50);
    });
    return () => {
      clearTimeout(flush);
      source.close();
    };
  }, [attempt]);

  return {
    events,
    connection,
    reconnect: () => {
      setConnection('connecting');
      setAttempt((count) => count + 1);
    },
  };
}
