import { useTranslation } from 'react-i18next';
import type { TaskState } from '../../../../api/mesos';
import { useLocale } from '../../../shared/format/use-locale';
import { formatNumber } from '../../../shared/format/format-number';
import { StackedBar, type BarTone } from '../../../shared/ui/stacked-bar';
import type { TaskStateCount } from '../utils/task-state-counts';
import './task-state-table.css';

const STATE_TONE: Partial<Record<TaskState, BarTone>> = {
  TASK_RUNNING: 'good',
  TASK_FINISHED: 'good',
  TASK_KILLING: 'warning',
  TASK_UNREACHABLE: 'danger',
  TASK_FAILED: 'danger',
  TASK_LOST: 'danger',
  TASK_ERROR: 'danger',
};

/** Counts per task state with bars scaled to the largest count in the table. */
export function TaskStateTable({ caption, counts }: { caption: string; counts: TaskStateCount[] }) {
  const { t } = useTranslation('overview');
  const { t: tCommon } = useTranslation();
  const locale = useLocale();
  const largest = Math.max(0, ...counts.map((entry) => entry.count));
  return (
    <table className="task-state-table">
      <caption className="task-state-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tasks.state')}</th>
          <th scope="col" className="task-state-table__count">
            {t('tasks.count')}
          </th>
          <td aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {counts.map(({ state, count }) => (
          <tr key={state}>
            <th scope="row">{tCommon(`taskState.${state}`)}</th>
            <td className="task-state-table__count">{formatNumber(count, locale)}</td>
            <td className="task-state-table__bar">
              <StackedBar
                total={largest}
                segments={[{ key: state, value: count, tone: STATE_TONE[state] ?? 'neutral' }]}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
