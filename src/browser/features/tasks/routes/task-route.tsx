import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { paths } from '../../../shared/paths';
import { Card } from '../../../shared/ui/card';
import { DetailPage } from '../../../shared/ui/detail-page';
import { SandboxLink, TaskLogLinks } from '../../sandbox';
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
  const { data: task, isPending, error } = useTask(taskId, search.get('framework') ?? undefined);
  return (
    <DetailPage
      title={t('detail.title', { id: taskId })}
      back={{ href: paths.tasks.href(), text: t('detail.back') }}
      query={{ isPending, error, hasData: Boolean(task) }}
    >
      {task && (
        <>
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
        </>
      )}
    </DetailPage>
  );
}
