import type { MarathonApp, MarathonQueueItem } from '../../../../api/marathon';

export const APP_STATUSES = ['running', 'deploying', 'suspended', 'waiting', 'delayed'] as const;
export type AppStatus = (typeof APP_STATUSES)[number];

/** The queue entry of an app or pod (Marathon lists those waiting to launch instances there). */
export function queueItemOf(
  queue: readonly MarathonQueueItem[] | undefined,
  appId: string,
): MarathonQueueItem | undefined {
  return queue?.find((item) => (item.app?.id ?? item.pod?.id) === appId && item.count > 0);
}

/**
 * One word for an app, most pressing first: in backoff after failures (delayed), instances that
 * cannot be placed (waiting), a deployment in progress, scaled to zero, else running.
 */
export function appStatus(app: MarathonApp, queueItem: MarathonQueueItem | undefined): AppStatus {
  if (queueItem && queueItem.delay.timeLeftSeconds > 0) return 'delayed';
  if (queueItem) return 'waiting';
  if (app.deployments.length > 0) return 'deploying';
  if ((app.instances ?? 1) === 0 && app.tasksRunning === 0) return 'suspended';
  return 'running';
}
