import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskDetail } from '../../../../api/cluster-model';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { RESOURCE_NAMES } from '../../../shared/resources/resource-names';
import { formatResource } from '../../../shared/format/format-resource';
import { formatTime } from '../../../shared/format/format-time';
import { StatList } from '../../../shared/ui/stat-list';
import { TaskPorts } from './task-ports';
import { TaskStateLabel } from './task-state-label';
import { healthKey } from './task-status-history';

/** Where the task runs, for whom, since when, with what. */
export function TaskSummary({ task }: { task: TaskDetail }) {
  const { t } = useTranslation('tasks');
  const { t: tOverview } = useTranslation('overview');
  const locale = useLocale();
  const container = task.container;
  return (
    <StatList
      layout="details"
      stats={[
        { id: 'state', label: t('columns.state'), value: <TaskStateLabel state={task.state} /> },
        { id: 'health', label: t('detail.health'), value: t(`health.${healthKey(task.healthy)}`) },
        {
          id: 'agent',
          label: t('columns.agent'),
          value: (
            <Link to={paths.agent.href(task.agentId)}>{task.agentHostname ?? task.agentId}</Link>
          ),
        },
        {
          id: 'framework',
          label: t('columns.framework'),
          value: (
            <Link to={paths.framework.href(task.frameworkId)}>
              {task.frameworkName ?? task.frameworkId}
            </Link>
          ),
        },
        {
          id: 'app',
          label: t('columns.app'),
          value:
            task.appId === null ? (
              t('detail.noApp')
            ) : (
              <Link to={paths.app.href(task.appId)}>{task.appId}</Link>
            ),
        },
        { id: 'staged', label: t('detail.staged'), value: formatTime(task.stagedAt, locale) },
        { id: 'started', label: t('columns.started'), value: formatTime(task.startedAt, locale) },
        { id: 'finished', label: t('detail.finished'), value: formatTime(task.finishedAt, locale) },
        {
          id: 'image',
          label: t('detail.image'),
          value: container?.image ?? t('detail.noImage'),
        },
        {
          id: 'container',
          label: t('detail.containerizer'),
          value: container ? container.type : t('detail.noContainer'),
        },
        { id: 'ports', label: t('columns.ports'), value: <TaskPorts task={task} /> },
        {
          id: 'ips',
          label: t('detail.ipAddresses'),
          value: task.ipAddresses.join(', ') || '—',
        },
        {
          id: 'executor',
          label: t('detail.executor'),
          value: task.executorId || t('detail.commandExecutor'),
        },
        ...RESOURCE_NAMES.map((name) => ({
          id: name,
          label: tOverview(`resources.${name}`),
          value: formatResource(name, task.resources[name], locale),
        })),
      ]}
    />
  );
}
