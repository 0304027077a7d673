import { keepPreviousData, type QueryKey } from '@tanstack/react-query';
import { isPushedQuery, liveEventsConnected } from './live-events';

/**
 * Options for live data. TanStack pauses `refetchInterval` while the tab is hidden
 * (`refetchIntervalInBackground: false`), and `keepPreviousData` keeps the last answer on screen
 * while a poll is in flight or has failed, so views never blank between polls. Queries that
 * `/api/events` covers do not poll while the tab's event connection is open: the interval is the
 * fallback for when it is down.
 */
export function pollEvery(intervalMs: number) {
  return {
    refetchInterval: (query: { queryKey: QueryKey }) =>
      liveEventsConnected() && isPushedQuery(query.queryKey) ? false : intervalMs,
    refetchIntervalInBackground: false,
    placeholderData: keepPreviousData,
  } as const;
}

export const POLL_INTERVAL_MS = {
  clusterStatus: 2_000,
  mesosOverview: 5_000,
} as const;
