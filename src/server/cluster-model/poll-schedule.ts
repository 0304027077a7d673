/**
 * How often the one shared poll of `/master/state` runs.
 *
 * The Mesos web UI polls every 10 s below 500 agents, then 20 s, 60 s, 2, 4, 8 and 16 min (at
 * 1000, 5000, 10000, 15000 and 20000 agents), per browser tab. Stadium polls once for every
 * viewer, so it can afford to be quicker: 2 s for small (demo-sized) clusters so changes show at
 * once, then half the web UI's steps. It also never spends more than a tenth of the time fetching
 * and normalising: a state that takes 3 s to fetch and read is polled at most every 30 s.
 */
const STEPS: readonly [maxAgents: number, intervalMs: number][] = [
  [50, 2_000],
  [500, 5_000],
  [1_000, 10_000],
  [5_000, 30_000],
  [10_000, 60_000],
  [15_000, 120_000],
  [20_000, 240_000],
];
const LARGEST_INTERVAL_MS = 480_000;
const MAX_BUSY_SHARE = 10;

export interface PollInfo {
  agents: number;
  tasks: number;
  stateBytes: number;
  /** Fetch + normalise time of the last poll. */
  cycleMs: number;
}

export function defaultPollInterval(info: PollInfo): number {
  const step = STEPS.find(([maxAgents]) => info.agents < maxAgents)?.[1] ?? LARGEST_INTERVAL_MS;
  return Math.max(step, Math.ceil(info.cycleMs * MAX_BUSY_SHARE));
}

/** Like the Mesos web UI: 2 s after the first failure, doubling up to 128 s (then it stays). */
export function errorBackoff(consecutiveErrors: number): number {
  const exponent = Math.min(Math.max(consecutiveErrors - 1, 0), 6);
  return 2_000 * 2 ** exponent;
}
