import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskRow } from '../../../../api/cluster-model';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { TaskLogLinks } from '../../sandbox/components/task-log-links';
import { TaskStateLabel } from '../../tasks/components/task-state-label';
import { formatTime } from '../../tasks/utils/format-time';
import '../../tasks/components/data-table.css';

/** The agent's live tasks (an agent holds tens, not thousands: a plain table). */
export function AgentTasks({ tasks }: { tasks: TaskRow[] }) {
  const { t } = useTranslation('agents');
  const { t: tTasks } = useTranslation('tasks');
  const locale = useLocale();
  if (tasks.length === 0) return <p>{t('detail.noTasks')}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('detail.tasks')}</caption>
      <thead>
        <tr>
          <th scope="col">{tTasks('columns.id')}</th>
          <th scope="col">{tTasks('columns.name')}</th>
          <th scope="col">{tTasks('columns.state')}</th>
          <th scope="col">{tTasks('columns.framework')}</th>
          <th scope="col">{tTasks('columns.started')}</th>
          <th scope="col">{tTasks('columns.logs')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={`${task.frameworkId}/${task.id}`}>
            <th scope="row">
              <Link to={paths.task.href(task.id, task.frameworkId)}>{task.id}</Link>
            </th>
            <td>{task.name}</td>
            <td>
              <TaskStateLabel state={task.state} />
            </td>
            <td>{task.frameworkName ?? task.frameworkId}</td>
            <td>{formatTime(task.startedAt ?? task.stagedAt, locale)}</td>
            <td>
              <TaskLogLinks task={task} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
