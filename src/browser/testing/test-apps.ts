import type { MarathonApp, MarathonQueueItem } from '../../api/marathon';
import type { MesosAgent } from '../../api/mesos';

/** An AppInfo as Marathon answers it, with only what a test sets differing from a running app. */
export function testApp(fields: Partial<MarathonApp> = {}): MarathonApp {
  return {
    id: '/web',
    cmd: 'sleep 1000',
    cpus: 1,
    mem: 128,
    instances: 1,
    version: '2024-01-15T08:00:00.000Z',
    tasksStaged: 0,
    tasksRunning: 1,
    tasksHealthy: 0,
    tasksUnhealthy: 0,
    deployments: [],
    ...fields,
  };
}

/** A launch-queue entry of one instance with no offers processed yet; `timeLeftSeconds` of backoff. */
export function testQueueItem(
  timeLeftSeconds: number,
  fields: Partial<MarathonQueueItem> = {},
): MarathonQueueItem {
  return {
    count: 1,
    delay: { timeLeftSeconds, overdue: timeLeftSeconds === 0 },
    since: '2024-01-15T08:00:00.000Z',
    processedOffersSummary: {
      processedOffersCount: 0,
      unusedOffersCount: 0,
      rejectSummaryLastOffers: [],
      rejectSummaryLaunchAttempt: [],
    },
    ...fields,
  };
}

export function testAgent(
  hostname: string,
  free: { cpus: number; mem: number },
  fields: Partial<MesosAgent> = {},
): MesosAgent {
  return {
    id: `${hostname}-id`,
    pid: `slave(1)@10.0.0.1:5051`,
    hostname,
    resources: { cpus: 4, mem: 4096, disk: 1000, ports: '[31000-32000]' },
    used_resources: { cpus: 4 - free.cpus, mem: 4096 - free.mem, disk: 0 },
    offered_resources: {},
    attributes: {},
    active: true,
    ...fields,
  };
}
