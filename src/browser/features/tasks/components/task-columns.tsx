import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskRow } from '../../../../api/cluster-model';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import type { VirtualColumn } from '../../../shared/ui/virtual-table/virtual-column';
import { TaskLogLinks } from '../../sandbox';
import { formatTime } from '../../../shared/format/format-time';
import { TaskStateLabel } from './task-state-label';

/** The tasks table's columns; sortable ones carry the API's sort key. */
export function useTaskColumns(): VirtualColumn<TaskRow>[] {
  const { t } = useTranslation('tasks');
  const locale = useLocale();
  return [
    {
      id: 'id',
      header: t('columns.id'),
      minWidth: 16,
      grow: 3,
      sortKey: 'id',
      cell: (task) => <Link to={paths.task.href(task.id, task.frameworkId)}>{task.id}</Link>,
    },
    {
      id: 'name',
      header: t('columns.name'),
      minWidth: 8,
      grow: 1.5,
      sortKey: 'name',
      cell: (task) => task.name,
    },
    {
      id: 'state',
      header: t('columns.state'),
      minWidth: 7,
      sortKey: 'state',
      cell: (task) => <TaskStateLabel state={task.state} />,
    },
    {
      id: 'app',
      header: t('columns.app'),
      minWidth: 7,
      grow: 1.5,
      sortKey: 'app',
      cell: (task) =>
        task.appId !== null && <Link to={paths.app.href(task.appId)}>{task.appId}</Link>,
    },
    {
      id: 'framework',
      header: t('columns.framework'),
      minWidth: 7,
      sortKey: 'framework',
      cell: (task) => (
        <Link to={paths.framework.href(task.frameworkId)}>
          {task.frameworkName ?? task.frameworkId}
        </Link>
      ),
    },
    {
      id: 'agent',
      header: t('columns.agent'),
      minWidth: 7,
      sortKey: 'agent',
      cell: (task) => (
        <Link to={paths.agent.href(task.agentId)}>{task.agentHostname ?? task.agentId}</Link>
      ),
    },
    {
      id: 'ports',
      header: t('columns.ports'),
      minWidth: 6,
      grow: 0.8,
      cell: (task) => task.hostPorts.join(', '),
    },
    {
      id: 'started',
      header: t('columns.started'),
      minWidth: 10,
      sortKey: 'started',
      cell: (task) => formatTime(task.startedAt ?? task.stagedAt, locale),
    },
    {
      id: 'logs',
      header: t('columns.logs'),
      minWidth: 8,
      cell: (task) => <TaskLogLinks task={task} />,
    },
  ];
}
