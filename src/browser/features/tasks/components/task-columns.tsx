import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskRow } from '../../../../api/cluster-model';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import type { VirtualColumn } from '../../../shared/ui/virtual-table/virtual-column';
import { TaskLogLinks } from '../../sandbox';
import { formatTime } from '../../../shared/format/format-time';
import { TASK_COLUMN_LAYOUT, type TaskColumnLayout } from './task-column-layout';
import { TaskStateLabel } from './task-state-label';

type TaskCells = Record<TaskColumnLayout['id'], (task: TaskRow) => ReactNode>;

function taskCells(locale: string): TaskCells {
  return {
    id: (task) => <Link to={paths.task.href(task.id, task.frameworkId)}>{task.id}</Link>,
    name: (task) => task.name,
    state: (task) => <TaskStateLabel state={task.state} />,
    app: (task) => task.appId !== null && <Link to={paths.app.href(task.appId)}>{task.appId}</Link>,
    framework: (task) => (
      <Link to={paths.framework.href(task.frameworkId)}>
        {task.frameworkName ?? task.frameworkId}
      </Link>
    ),
    agent: (task) => (
      <Link to={paths.agent.href(task.agentId)}>{task.agentHostname ?? task.agentId}</Link>
    ),
    ports: (task) => task.hostPorts.join(', '),
    started: (task) => formatTime(task.startedAt ?? task.stagedAt, locale),
    logs: (task) => <TaskLogLinks task={task} />,
  };
}

/** The tasks table's columns (task-column-layout.ts) with their headers and cells. */
export function useTaskColumns(): VirtualColumn<TaskRow>[] {
  const { t } = useTranslation('tasks');
  const cells = taskCells(useLocale());
  return TASK_COLUMN_LAYOUT.map((layout) => ({
    ...layout,
    header: t(`columns.${layout.id}`),
    cell: cells[layout.id],
  }));
}
