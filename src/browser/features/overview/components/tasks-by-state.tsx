import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useMetricsSnapshot } from '../api/get-metrics-snapshot';
import { taskStateCounts } from '../utils/task-state-counts';
import { TaskStateTable } from './task-state-table';
import './tasks-by-state.css';

/** Current tasks per state, and terminal states counted since the leading master started. */
export function TasksByState() {
  const { t } = useTranslation('overview');
  const { data, isPending, error } = useMetricsSnapshot();
  const counts = data && taskStateCounts(data);
  return (
    <Card title={t('tasks.heading')}>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(data)} />
      {counts && (
        <div className="tasks-by-state">
          <TaskStateTable caption={t('tasks.current')} counts={counts.current} />
          <TaskStateTable caption={t('tasks.sinceStart')} counts={counts.sinceStart} />
        </div>
      )}
    </Card>
  );
}
