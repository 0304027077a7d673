import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../shared/paths';
import { Card } from '../../../shared/ui/card';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { SandboxLink, TaskLogLinks } from '../../sandbox/components/task-log-links';
import { useTask } from '../api/get-task';
import { TaskLabels } from '../components/task-labels';
import { TaskStatusHistory } from '../components/task-status-history';
import { TaskSummary } from '../components/task-summary';
import './task-route.css';

/** `/tasks/:taskId?framework=`: one task, its history and its sandbox. */
export function TaskRoute() {
  const { taskId = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation('tasks');
  const { t: tCommon } = useTranslation();
  const { data: task, isPending, error } = useTask(taskId, search.get('framework') ?? undefined);
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('detail.title', { id: taskId }) })}</title>
      <p className="task-route__back">
        <Link to={paths.tasks.href()}>{t('detail.back')}</Link>
      </p>
      <h1 className="task-route__title">{t('detail.title', { id: taskId })}</h1>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(task)} />
      {task && (
        <div className="task-route__sections">
          <p className="task-route__links">
            <TaskLogLinks task={task} />
            <SandboxLink task={task} />
          </p>
          <Card title={t('detail.overview')}>
            <TaskSummary task={task} />
          </Card>
          <Card title={t('detail.history')}>
            <TaskStatusHistory statuses={task.statuses} />
          </Card>
          <Card title={t('detail.labels')}>
            <TaskLabels labels={task.labels} />
          </Card>
        </div>
      )}
    </>
  );
}
