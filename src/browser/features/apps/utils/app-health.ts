import type { MarathonApp } from '../../../../api/marathon';

export interface AppHealth {
  healthy: number;
  unhealthy: number;
  /** Running instances whose health is not known yet (grace period), or not checked at all. */
  unknown: number;
  running: number;
}

export const HEALTH_FILTERS = ['healthy', 'unhealthy', 'unknown'] as const;
export type HealthFilter = (typeof HEALTH_FILTERS)[number];

/**
 * Marathon reports tasksHealthy 0 for apps without health checks, so running counts as healthy
 * there; with checks, healthy + unhealthy can be below running while results are pending.
 */
export function appHealth(app: MarathonApp): AppHealth {
  const checked = (app.healthChecks?.length ?? 0) > 0;
  const running = app.tasksRunning;
  const healthy = Math.min(running, checked ? app.tasksHealthy : running);
  const unhealthy = Math.min(running - healthy, checked ? app.tasksUnhealthy : 0);
  return { healthy, unhealthy, unknown: running - healthy - unhealthy, running };
}

/** The health an app counts under in the list's filter. */
export function healthCategory(health: AppHealth): HealthFilter {
  if (health.unhealthy > 0) return 'unhealthy';
  if (health.running > 0 && health.healthy === health.running) return 'healthy';
  return 'unknown';
}
