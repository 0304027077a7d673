import { useTranslation } from 'react-i18next';
import type { TaskState } from '../../../../api/mesos';
import { Swatch } from '../../../shared/ui/swatch';
import { taskStateTone } from './task-state-tone';

/** A task state in words, with a colour mark that only repeats what the words say. */
export function TaskStateLabel({ state }: { state: TaskState }) {
  const { t } = useTranslation();
  return (
    <span>
      <Swatch tone={taskStateTone(state)} />
      {t(`taskState.${state}`)}
    </span>
  );
}
