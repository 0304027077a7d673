import { useTranslation } from 'react-i18next';
import type { TaskState } from '../../../../api/mesos';
import type { BarTone } from '../../../shared/ui/stacked-bar';
import { Swatch } from '../../../shared/ui/swatch';

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

/** A task state in words, with a colour mark that only repeats what the words say. */
export function TaskStateLabel({ state }: { state: TaskState }) {
  const { t } = useTranslation();
  return (
    <span>
      <Swatch tone={STATE_TONE[state] ?? 'neutral'} />
      {t(`taskState.${state}`)}
    </span>
  );
}
