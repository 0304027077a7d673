/**
 * One entry of the event feed (`/api/feed`, server-sent events): a Marathon event or a Mesos
 * task/agent/framework change, reduced to what the console shows and links. Every field but
 * `seq`, `at`, `source`, `kind` and `type` comes from an upstream and is shown as text only.
 */
export interface FeedEvent {
  /** The proxy's sequence number (the SSE `id`): a reconnect resumes after the last one seen. */
  seq: number;
  /** ISO time: the upstream's timestamp where it gives one, else when the proxy received it. */
  at: string;
  source: FeedSource;
  kind: FeedKind;
  /** Marathon's `eventType`, or the Mesos operator API's event type (`TASK_UPDATED`, …). */
  type: string;
  appId?: string;
  groupId?: string;
  taskId?: string;
  frameworkId?: string;
  agentId?: string;
  host?: string;
  /** A task state (`TASK_FAILED`) or a deployment's outcome. */
  state?: string;
  message?: string;
  deploymentId?: string;
  /** Health events: whether the instance is alive now. */
  healthy?: boolean;
}

export type FeedSource = 'marathon' | 'mesos';

export const FEED_KINDS = [
  'deployment',
  'status',
  'health',
  'failure',
  'task',
  'agent',
  'framework',
  'app',
  'group',
] as const;

/**
 * `failure`: a task that failed, errored or was dropped (Marathon's failed launches and Mesos'
 * TASK_FAILED alike); `status` and `task` are the other task state changes of each side.
 */
export type FeedKind = (typeof FEED_KINDS)[number];

/** Task states the feed files under `failure`. */
export const FAILED_TASK_STATES: readonly string[] = [
  'TASK_FAILED',
  'TASK_ERROR',
  'TASK_DROPPED',
  'TASK_GONE',
  'TASK_LOST',
];
