import type { MetricsSnapshot, TaskState } from '../../../../api/mesos';

export interface TaskStateCount {
  state: TaskState;
  count: number;
}

/** Gauges: how many tasks are in these states right now. */
const CURRENT_STATES: TaskState[] = [
  'TASK_STAGING',
  'TASK_STARTING',
  'TASK_RUNNING',
  'TASK_KILLING',
  'TASK_UNREACHABLE',
];

/** Counters: how many tasks reached these states since the leading master started. */
const TERMINAL_STATES: TaskState[] = [
  'TASK_FINISHED',
  'TASK_FAILED',
  'TASK_KILLED',
  'TASK_LOST',
  'TASK_ERROR',
];

/** TASK_RUNNING -> master/tasks_running, as in the master's metrics. */
function metricName(state: TaskState): string {
  return `master/tasks_${state.slice('TASK_'.length).toLowerCase()}`;
}

function countsFor(snapshot: MetricsSnapshot, states: TaskState[]): TaskStateCount[] {
  return states.map((state) => ({ state, count: snapshot[metricName(state)] ?? 0 }));
}

export function taskStateCounts(snapshot: MetricsSnapshot): {
  current: TaskStateCount[];
  sinceStart: TaskStateCount[];
} {
  return {
    current: countsFor(snapshot, CURRENT_STATES),
    sinceStart: countsFor(snapshot, TERMINAL_STATES),
  };
}
