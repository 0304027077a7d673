/** How often Marathon views refresh; writes in flight are followed faster (write-follower). */
export const MARATHON_POLL_MS = {
  apps: 3_000,
  queue: 3_000,
  deployments: 2_000,
  agents: 10_000,
} as const;
