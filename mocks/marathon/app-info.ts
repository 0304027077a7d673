/** AppInfo: the definition plus the status fields Marathon adds, per `embed`. */
import type { MarathonTaskCounts } from '../../src/api/marathon';
import type { JsonObject } from './json';
import type { MarathonModel } from './marathon-model';
import type { Instance } from './model-types';
import { isHealthy, renderTask } from './task-json';

export type AppEmbed =
  'tasks' | 'counts' | 'deployments' | 'lastTaskFailure' | 'taskStats' | 'readiness';

const KNOWN: AppEmbed[] = [
  'tasks',
  'counts',
  'deployments',
  'lastTaskFailure',
  'taskStats',
  'readiness',
];

/**
 * Reads `embed` values; the prefixes `apps.`, `app.` and `group.apps.` (or none) are accepted,
 * unknown values ignored, `failures` means tasks + lastTaskFailure + deployments.
 */
export function parseAppEmbeds(values: string[]): Set<AppEmbed> {
  const out = new Set<AppEmbed>();
  for (const value of values) {
    const name = value.replace(/^(group\.apps\.|apps\.|app\.)/, '');
    if (name === 'failures') {
      out.add('tasks').add('lastTaskFailure').add('deployments');
    } else if ((KNOWN as string[]).includes(name)) {
      out.add(name as AppEmbed);
    }
  }
  return out;
}

function counts(instances: Instance[], app: JsonObject): MarathonTaskCounts {
  const result = { staged: 0, running: 0, healthy: 0, unhealthy: 0 };
  for (const instance of instances) {
    if (instance.state === 'TASK_RUNNING') result.running += 1;
    else if (instance.state === 'TASK_STAGING' || instance.state === 'TASK_STARTING') {
      result.staged += 1;
    }
    const healthy = isHealthy(instance, app);
    if (healthy === true) result.healthy += 1;
    if (healthy === false) result.unhealthy += 1;
  }
  return result;
}

function lifeTime(instances: Instance[], now: number) {
  const seconds = instances
    .filter((i) => i.startedAt !== undefined)
    .map((i) => (now - (i.startedAt ?? now)) / 1000)
    .sort((a, b) => a - b);
  if (seconds.length === 0) return undefined;
  const average = seconds.reduce((sum, s) => sum + s, 0) / seconds.length;
  const mid = Math.floor(seconds.length / 2);
  const median =
    seconds.length % 2 === 1
      ? (seconds[mid] as number)
      : ((seconds[mid - 1] as number) + (seconds[mid] as number)) / 2;
  return { averageSeconds: average, medianSeconds: median };
}

function taskStats(instances: Instance[], app: JsonObject, now: number): JsonObject {
  const info = app.versionInfo as { lastScalingAt: string; lastConfigChangeAt: string };
  const sections: [string, Instance[]][] = [
    [
      'startedAfterLastScaling',
      instances.filter(
        (i) => i.startedAt !== undefined && i.startedAt >= Date.parse(info.lastScalingAt),
      ),
    ],
    ['withLatestConfig', instances.filter((i) => i.configVersion === info.lastConfigChangeAt)],
    ['withOutdatedConfig', instances.filter((i) => i.configVersion !== info.lastConfigChangeAt)],
    ['totalSummary', instances],
  ];
  const out: JsonObject = {};
  for (const [name, members] of sections) {
    if (members.length === 0) continue;
    const life = lifeTime(members, now);
    out[name] = { stats: { counts: counts(members, app), ...(life ? { lifeTime: life } : {}) } };
  }
  return out;
}

export function renderAppInfo(
  model: MarathonModel,
  app: JsonObject,
  embeds: Set<AppEmbed>,
): JsonObject {
  const appId = String(app.id);
  const instances = model.liveInstances(appId);
  const out: JsonObject = { ...app };
  if (embeds.has('counts')) {
    const c = counts(instances, app);
    out.tasksStaged = c.staged;
    out.tasksRunning = c.running;
    out.tasksHealthy = c.healthy;
    out.tasksUnhealthy = c.unhealthy;
  }
  if (embeds.has('deployments') || embeds.has('tasks')) {
    out.deployments = model.deploymentsOf(appId).map((d) => ({ id: d.id }));
  }
  if (embeds.has('readiness')) out.readinessCheckResults = [];
  if (embeds.has('tasks')) out.tasks = instances.map((i) => renderTask(i, app));
  const failure = model.lastFailures.get(appId);
  if (embeds.has('lastTaskFailure') && failure) out.lastTaskFailure = failure;
  if (embeds.has('taskStats')) out.taskStats = taskStats(instances, app, model.now());
  return out;
}
