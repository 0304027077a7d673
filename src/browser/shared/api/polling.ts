import { keepPreviousData } from '@tanstack/react-query';

/**
 * Options for live data. TanStack pauses `refetchInterval` while the tab is hidden
 * (`refetchIntervalInBackground: false`), and `keepPreviousData` keeps the last answer on screen
 * while a poll is in flight or has failed, so views never blank between polls.
 */
export function pollEvery(intervalMs: number) {
  return {
    refetchInterval: intervalMs,
    refetchIntervalInBackground: false,
    placeholderData: keepPreviousData,
  } as const;
}

export const POLL_INTERVAL_MS = {
  clusterStatus: 2_000,
  mesosOverview: 5_000,
  audit: 5_000,
} as const;
