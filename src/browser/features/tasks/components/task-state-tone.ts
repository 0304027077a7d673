import type { TaskState } from '../../../../api/mesos';
import type { BarTone } from '../../../shared/ui/stacked-bar';

const STATE_TONE: Partial<Record<TaskState, BarTone>> = {
  TASK_STAGING: 'warning',
  TASK_STARTING: 'warning',
  TASK_KILLING: 'warning',
  TASK_RUNNING: 'good',
  TASK_FINISHED: 'good',
  TASK_FAILED: 'danger',
  TASK_LOST: 'danger',
  TASK_ERROR: 'danger',
  TASK_DROPPED: 'danger',
  TASK_UNREACHABLE: 'danger',
  TASK_GONE: 'danger',
};

/** The colour a task state's mark takes; it only repeats what the state's words say. */
export function taskStateTone(state: TaskState): BarTone {
  return STATE_TONE[state] ?? 'neutral';
}
