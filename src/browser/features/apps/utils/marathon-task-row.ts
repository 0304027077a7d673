import type { TaskRow } from '../../../../api/cluster-model';
import type { MarathonApp, MarathonTask } from '../../../../api/marathon';
import type { TaskState } from '../../../../api/mesos';

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);

/** Marathon's health of one instance: null when it has no checks or no result yet. */
export function taskHealthy(task: MarathonTask): boolean | null {
  const results = task.healthCheckResults ?? [];
  if (results.length === 0) return null;
  return results.every((result) => result.alive);
}

/**
 * A Marathon instance in the shape of the cluster model's task rows, so the sandbox's log
 * links serve both. Every field comes from Marathon's answer; a value it does not give is null.
 */
export function marathonTaskRow(
  task: MarathonTask,
  app: MarathonApp,
  framework: { id: string; name: string | null },
): TaskRow {
  return {
    id: task.id,
    name: app.id.split('/').filter(Boolean).join('.'),
    state: task.state as TaskState,
    category: 'active',
    frameworkId: framework.id,
    frameworkName: framework.name,
    agentId: task.slaveId,
    agentHostname: task.host,
    appId: task.appId,
    cpus: app.cpus ?? 0,
    mem: app.mem ?? 0,
    disk: app.disk ?? 0,
    gpus: app.gpus ?? 0,
    healthy: taskHealthy(task),
    image: app.container?.docker?.image ?? null,
    hostPorts: task.ports,
    ipAddresses: (task.ipAddresses ?? []).map((address) => address.ipAddress),
    stagedAt: time(task.stagedAt),
    startedAt: time(task.startedAt),
    finishedAt: null,
    updatedAt: null,
  };
}
