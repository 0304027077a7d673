import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskRow } from '../../../../api/cluster-model';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { DataTable } from '../../../shared/ui/data-table';
import { TaskLogLinks } from '../../sandbox';
import { TaskStateLabel } from '../../tasks';
import { formatTime } from '../../../shared/format/format-time';

/** The agent's live tasks (an agent holds tens, not thousands: a plain table). */
export function AgentTasks({ tasks }: { tasks: TaskRow[] }) {
  const { t } = useTranslation('agents');
  const { t: tTasks } = useTranslation('tasks');
  const locale = useLocale();
  return (
    <DataTable<TaskRow>
      caption={t('detail.tasks')}
      empty={t('detail.noTasks')}
      rows={tasks}
      rowKey={(task) => `${task.frameworkId}/${task.id}`}
      columns={[
        {
          id: 'id',
          header: tTasks('columns.id'),
          cell: (task) => <Link to={paths.task.href(task.id, task.frameworkId)}>{task.id}</Link>,
        },
        { id: 'name', header: tTasks('columns.name'), cell: (task) => task.name },
        {
          id: 'state',
          header: tTasks('columns.state'),
          cell: (task) => <TaskStateLabel state={task.state} />,
        },
        {
          id: 'framework',
          header: tTasks('columns.framework'),
          cell: (task) => task.frameworkName ?? task.frameworkId,
        },
        {
          id: 'started',
          header: tTasks('columns.started'),
          cell: (task) => formatTime(task.startedAt ?? task.stagedAt, locale),
        },
        {
          id: 'logs',
          header: tTasks('columns.logs'),
          cell: (task) => <TaskLogLinks task={task} />,
        },
      ]}
    />
  );
}
