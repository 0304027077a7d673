import type { FrameworkRow, TaskDetail } from '../../api/cluster-model';
import { asArray, asRecord, asString, isRecord } from './read-json';

export interface AppIndex {
  /** Task id -> app id, from `/v2/apps?embed=apps.tasks` (running and staged tasks only). */
  byTaskId: Map<string, string>;
  /** Marathon's `PathId.safePath` (`/group/app` -> `group_app`) -> app id. */
  bySafePath: Map<string, string>;
  /** Pod ids from `/v2/pods` (Marathon ≥ 1.4), sorted; empty before 1.4. */
  podIds: string[];
}

/**
 * Reads `/v2/apps?embed=apps.tasks` with `pods` set to what `/v2/pods` answered (see
 * `withPods`); null when Marathon did not answer.
 */
export function indexMarathonApps(body: unknown): AppIndex | null {
  if (!isRecord(body) || !Array.isArray(body.apps)) return null;
  const podIds = asArray(body.pods).flatMap((pod) => asString(asRecord(pod).id) ?? []);
  const index: AppIndex = { byTaskId: new Map(), bySafePath: new Map(), podIds: podIds.sort() };
  for (const raw of body.apps) {
    const app = asRecord(raw);
    const appId = asString(app.id);
    if (appId === null) continue;
    index.bySafePath.set(safePath(appId), appId);
    for (const task of asArray(app.tasks)) {
      const taskId = asString(asRecord(task).id);
      if (taskId !== null) index.byTaskId.set(taskId, appId);
    }
  }
  return index;
}

/**
 * One Marathon read for the model: the apps body with the pods beside them. `pods` is null for
 * a Marathon without `/v2/pods` (before 1.4, it answers 404): no pods, the apps still count.
 */
export function withPods(apps: unknown, pods: unknown): unknown {
  return isRecord(apps) ? { ...apps, pods: Array.isArray(pods) ? pods : [] } : apps;
}

function safePath(appId: string): string {
  return appId.split('/').filter(Boolean).join('_');
}

/**
 * Sets `appId` on Marathon's tasks. Marathon lists only live tasks, so completed and unreachable
 * ones are matched by their id's prefix (`<safePath>.<uuid>`, `<safePath>.instance-<uuid>._app.1`,
 * or the old `<safePath>_<uuid>`) against the apps Marathon knows, and only for tasks of a
 * framework that is Marathon: one with a listed task, or one named `marathon*`.
 */
export function joinMarathonApps(
  tasks: readonly TaskDetail[],
  frameworks: readonly FrameworkRow[],
  index: AppIndex,
): Set<string> {
  const marathonFrameworks = new Set(
    frameworks
      .filter((framework) => framework.name.toLowerCase().startsWith('marathon'))
      .map((framework) => framework.id),
  );
  for (const task of tasks) {
    const appId = index.byTaskId.get(task.id);
    if (appId === undefined) continue;
    task.appId = appId;
    marathonFrameworks.add(task.frameworkId);
  }
  for (const task of tasks) joinByPrefix(task, marathonFrameworks, index);
  return marathonFrameworks;
}

/**
 * One task joined as `joinMarathonApps` would, with the Marathon frameworks it found: a row
 * changed by an event, in a snapshot built from the previous one.
 */
export function joinMarathonApp(
  task: TaskDetail,
  marathonFrameworks: ReadonlySet<string>,
  index: AppIndex,
): void {
  const appId = index.byTaskId.get(task.id);
  if (appId !== undefined) task.appId = appId;
  else joinByPrefix(task, marathonFrameworks, index);
}

/**
 * Whether joining `index` into `snapshot` would change anything it shows: a task's app id, the
 * list of app ids or of pod ids (search finds both). Marathon's events re-read the apps after every task change, and at 100k tasks
 * a snapshot built again for nothing costs the event loop a second.
 */
export function joinChanges(
  snapshot: {
    tasks: readonly TaskDetail[];
    appIds: readonly string[];
    podIds: readonly string[];
    marathon: boolean;
    marathonFrameworks: ReadonlySet<string>;
  },
  index: AppIndex | null,
): boolean {
  if (index === null) return snapshot.marathon;
  if (!snapshot.marathon) return true;
  const appIds = [...index.bySafePath.values()].sort();
  if (!sameIds(appIds, snapshot.appIds) || !sameIds(index.podIds, snapshot.podIds)) return true;
  return snapshot.tasks.some((task) => {
    const listed = index.byTaskId.get(task.id);
    if (listed !== undefined) return listed !== task.appId;
    return (
      task.appId === null &&
      snapshot.marathonFrameworks.has(task.frameworkId) &&
      appIdFromTaskId(task.id, index.bySafePath) !== null
    );
  });
}

/** Both lists sorted. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function joinByPrefix(
  task: TaskDetail,
  marathonFrameworks: ReadonlySet<string>,
  index: AppIndex,
): void {
  if (task.appId === null && marathonFrameworks.has(task.frameworkId)) {
    task.appId = appIdFromTaskId(task.id, index.bySafePath);
  }
}

const TASK_SUFFIX = /^(?:instance-|marathon-)?[0-9a-f]{8}-[0-9a-f]{4}-/;
const UUID_LENGTH = 36;

export function appIdFromTaskId(taskId: string, bySafePath: Map<string, string>): string | null {
  let found: string | null = null;
  for (let dot = taskId.indexOf('.'); dot > 0; dot = taskId.indexOf('.', dot + 1)) {
    const appId = bySafePath.get(taskId.slice(0, dot));
    if (appId !== undefined && TASK_SUFFIX.test(taskId.slice(dot + 1))) found = appId;
  }
  if (found !== null) return found;
  const oldSeparator = taskId.length - UUID_LENGTH - 1;
  if (oldSeparator > 0 && taskId[oldSeparator] === '_') {
    return bySafePath.get(taskId.slice(0, oldSeparator)) ?? null;
  }
  return null;
}
