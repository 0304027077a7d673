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

/**
 * Every refresh rhythm of the console in one place, in ms: how often each view polls, how fast
 * work in flight is followed, and how long an answer counts as fresh.
 */
export const REFRESH_MS = {
  /** Leaders and node health in the header: a leader change should show within seconds. */
  clusterStatus: 2_000,
  /**
   * Every `/api/cluster/*` slice. They change at most once per master poll (2 s on small
   * clusters, minutes on huge ones) and answer unchanged polls with 304.
   */
  clusterModel: 5_000,
  mesosMetrics: 5_000,
  metricsHistory: 5_000,
  agentState: 15_000,
  sandboxListing: 5_000,
  marathonApps: 3_000,
  marathonQueue: 3_000,
  marathonDeployments: 2_000,
  /** Deployments while a write is in flight, so its end shows promptly. */
  writeFollow: 500,
  /** A followed file: new lines show within this long. */
  fileFollow: 1_000,
  /** The longest back-off between failed reads of a followed file. */
  fileFollowMaxRetry: 10_000,
  /** The scale dialog's capacity check reads the agents when opened, not continuously. */
  mesosAgentsFresh: 10_000,
  /** Marathon's version and framework id change only on an upgrade. */
  marathonInfoFresh: 60_000,
  /** Anything without its own rhythm. */
  defaultFresh: 1_000,
  /** Roles, offers and maintenance, read from the leading master. */
  mesosOperator: 5_000,
  /** The audit trail of writes that passed Stadium. */
  audit: 5_000,
} as const;
