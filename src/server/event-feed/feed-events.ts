import { FAILED_TASK_STATES, type FeedEvent, type FeedKind } from '../../api/event-feed';
import {
  asArray,
  asBoolean,
  asId,
  asRecord,
  asString,
  secondsToMs,
  type JsonRecord,
} from '../cluster-model/read-json';

/** A feed entry before the ring numbers it. */
export type FeedEntry = Omit<FeedEvent, 'seq'>;

const DEPLOYMENT_EVENTS = new Set([
  'deployment_info',
  'deployment_success',
  'deployment_failed',
  'deployment_step_success',
  'deployment_step_failure',
]);
const HEALTH_EVENTS = new Set([
  'health_status_changed_event',
  'instance_health_changed_event',
  'failed_health_check_event',
  'unhealthy_task_kill_event',
  'unhealthy_instance_kill_event',
]);

/** Keeps the fields that hold text; an upstream sending numbers or objects there loses them. */
function compact(entry: Record<string, string | boolean | null | undefined>): Partial<FeedEntry> {
  const out: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value !== null && value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

function isoOr(value: unknown, fallback: number): string {
  const text = asString(value);
  return text !== null && !Number.isNaN(Date.parse(text))
    ? new Date(text).toISOString()
    : new Date(fallback).toISOString();
}

const taskKind = (state: string | null, otherwise: FeedKind): FeedKind =>
  state !== null && FAILED_TASK_STATES.includes(state) ? 'failure' : otherwise;

/** The first app a deployment event's plan or current step names. */
function deploymentApp(body: JsonRecord): string | null {
  const actions = [
    ...asArray(asRecord(body.currentStep).actions),
    ...asArray(asRecord(body.plan).steps).flatMap((step) => asArray(asRecord(step).actions)),
  ];
  for (const action of actions) {
    const app = asString(asRecord(action).app);
    if (app !== null) return app;
  }
  return null;
}

/**
 * A Marathon event as a feed entry, or null for events the feed does not list (stream
 * bookkeeping, `instance_changed_event`, which repeats `status_update_event`, and types it does
 * not know).
 */
export function marathonFeedEntry(type: string, raw: unknown, now: number): FeedEntry | null {
  const body = asRecord(raw);
  const at = isoOr(body.timestamp, now);
  const base = { at, source: 'marathon' as const, type };
  const instance = asString(body.taskId) ?? asString(body.instanceId);
  if (type === 'status_update_event') {
    const state = asString(body.taskStatus);
    return {
      ...base,
      kind: taskKind(state, 'status'),
      ...compact({
        appId: asString(body.appId),
        taskId: asString(body.taskId),
        agentId: asString(body.slaveId),
        host: asString(body.host),
        state,
        message: asString(body.message),
      }),
    };
  }
  if (HEALTH_EVENTS.has(type)) {
    const healthy = asBoolean(body.alive) ?? asBoolean(body.healthy);
    return {
      ...base,
      kind: 'health',
      ...compact({
        appId: asString(body.appId) ?? asString(body.runSpecId),
        taskId: instance,
        agentId: asString(body.slaveId),
        host: asString(body.host),
        message: asString(body.reason) ?? asString(asRecord(body.healthCheck).protocol),
        healthy:
          type === 'failed_health_check_event' || type.startsWith('unhealthy') ? false : healthy,
      }),
    };
  }
  if (DEPLOYMENT_EVENTS.has(type)) {
    return {
      ...base,
      kind:
        type === 'deployment_failed' || type === 'deployment_step_failure'
          ? 'failure'
          : 'deployment',
      ...compact({
        deploymentId: asString(body.id) ?? asString(asRecord(body.plan).id),
        appId: deploymentApp(body),
        state: type.replace(/^deployment_/, ''),
      }),
    };
  }
  if (type === 'api_post_event') {
    return {
      ...base,
      kind: 'app',
      ...compact({ appId: asString(asRecord(body.appDefinition).id), message: asString(body.uri) }),
    };
  }
  if (type === 'app_terminated_event') {
    return { ...base, kind: 'app', ...compact({ appId: asString(body.appId) }) };
  }
  if (type === 'group_change_success' || type === 'group_change_failed') {
    return {
      ...base,
      kind: type === 'group_change_failed' ? 'failure' : 'group',
      ...compact({ groupId: asString(body.groupId), message: asString(body.reason) }),
    };
  }
  return null;
}

/** How the feed names a Mesos task's app: from the proxy's joined model, when it knows it. */
export type AppOfTask = (taskId: string) => string | null;

/** A Mesos operator-API event as a feed entry, or null for those the feed does not list. */
export function mesosFeedEntry(raw: JsonRecord, now: number, appOf: AppOfTask): FeedEntry | null {
  const type = asString(raw.type) ?? '';
  const at = new Date(now).toISOString();
  const base = { at, source: 'mesos' as const, type };
  switch (type) {
    case 'TASK_ADDED': {
      const task = asRecord(asRecord(raw.task_added).task);
      const taskId = asId(task.task_id);
      const state = asString(task.state);
      return {
        ...base,
        kind: taskKind(state, 'task'),
        ...compact({
          taskId,
          frameworkId: asId(task.framework_id),
          agentId: asId(task.agent_id),
          appId: taskId === null ? null : appOf(taskId),
          state,
        }),
      };
    }
    case 'TASK_UPDATED': {
      const update = asRecord(raw.task_updated);
      const status = asRecord(update.status);
      const taskId = asId(status.task_id);
      const state = asString(update.state) ?? asString(status.state);
      return {
        ...base,
        at: new Date(secondsToMs(status.timestamp) ?? now).toISOString(),
        kind: taskKind(state, 'task'),
        ...compact({
          taskId,
          frameworkId: asId(update.framework_id),
          agentId: asId(status.agent_id),
          appId: taskId === null ? null : appOf(taskId),
          state,
          message: asString(status.message) ?? asString(status.reason),
        }),
      };
    }
    case 'AGENT_ADDED': {
      const info = asRecord(asRecord(asRecord(raw.agent_added).agent).agent_info);
      return {
        ...base,
        kind: 'agent',
        ...compact({ agentId: asId(info.id), host: asString(info.hostname) }),
      };
    }
    case 'AGENT_REMOVED':
      return {
        ...base,
        kind: 'agent',
        ...compact({ agentId: asId(asRecord(raw.agent_removed).agent_id) }),
      };
    case 'FRAMEWORK_ADDED':
    case 'FRAMEWORK_REMOVED': {
      const body = asRecord(raw.framework_added ?? raw.framework_removed);
      const info = asRecord(asRecord(body.framework).framework_info ?? body.framework_info);
      return {
        ...base,
        kind: 'framework',
        ...compact({ frameworkId: asId(info.id), message: asString(info.name) }),
      };
    }
    default:
      return null;
  }
}
