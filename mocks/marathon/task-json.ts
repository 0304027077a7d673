/** Tasks as `/v2/tasks`, `/v2/apps/{id}/tasks` and `embed=apps.tasks` write them. */
import type { MarathonTask } from '../../src/api/marathon';
import type { TaskState } from '../../src/api/mesos';
import type { JsonObject } from './json';
import type { Instance } from './model-types';
import { isoTime } from './time-and-ids';

const CONDITIONS: Partial<Record<TaskState, string>> = {
  TASK_STAGING: 'Staging',
  TASK_STARTING: 'Starting',
  TASK_RUNNING: 'Running',
  TASK_KILLING: 'Killing',
  TASK_KILLED: 'Killed',
  TASK_FAILED: 'Failed',
  TASK_FINISHED: 'Finished',
  TASK_ERROR: 'Error',
  TASK_LOST: 'Unreachable',
  TASK_UNREACHABLE: 'Unreachable',
  TASK_GONE: 'Gone',
  TASK_GONE_BY_OPERATOR: 'Gone',
  TASK_DROPPED: 'Dropped',
};

/** `instance_changed_event.condition` for a Mesos task state. */
export function instanceCondition(state: TaskState): string {
  return CONDITIONS[state] ?? 'Unknown';
}

export function hasHealthChecks(app: JsonObject | undefined): boolean {
  return Array.isArray(app?.healthChecks) && app.healthChecks.length > 0;
}

/** Health as Marathon reports it: only for running tasks of apps with health checks. */
export function isHealthy(instance: Instance, app: JsonObject | undefined): boolean | undefined {
  if (!hasHealthChecks(app) || instance.state !== 'TASK_RUNNING') return undefined;
  return instance.healthy !== false;
}

const isoOrNull = (ms: number | undefined): string | null =>
  ms === undefined ? null : isoTime(ms);

function checkResults(instance: Instance, healthy: boolean | undefined, started: string | null) {
  if (healthy === undefined) return [];
  if (instance.health) {
    return instance.health
      .filter((r) => r.lastSuccess !== undefined || r.lastFailure !== undefined)
      .map((r) => ({
        alive: r.alive,
        consecutiveFailures: r.consecutiveFailures,
        firstSuccess: isoOrNull(r.firstSuccess),
        lastFailure: isoOrNull(r.lastFailure),
        lastSuccess: isoOrNull(r.lastSuccess),
        lastFailureCause: r.lastFailureCause ?? null,
        instanceId: instance.instanceId,
      }));
  }
  return [
    {
      alive: healthy,
      consecutiveFailures: healthy ? 0 : 1,
      firstSuccess: healthy ? started : null,
      lastFailure: healthy ? null : started,
      lastSuccess: healthy ? started : null,
      lastFailureCause: healthy ? null : 'health check failed',
      instanceId: instance.instanceId,
    },
  ];
}

export function renderTask(instance: Instance, app: JsonObject | undefined): MarathonTask {
  const healthy = isHealthy(instance, app);
  const started = instance.startedAt === undefined ? null : isoTime(instance.startedAt);
  return {
    appId: instance.appId,
    healthCheckResults: checkResults(instance, healthy, started),
    host: instance.host,
    id: instance.taskId,
    ipAddresses: [],
    ports: instance.ports,
    servicePorts: instance.servicePorts,
    slaveId: instance.agentId,
    state: instance.state,
    stagedAt: isoTime(instance.stagedAt),
    ...(started ? { startedAt: started } : {}),
    version: instance.version,
    localVolumes: instance.reservation?.volumes ?? [],
  };
}
