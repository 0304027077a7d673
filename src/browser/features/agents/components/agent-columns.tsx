import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgentRow } from '../../../../api/cluster-model';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import type { VirtualColumn } from '../../../shared/ui/virtual-table/virtual-column';
import { formatTime } from '../../../shared/format/format-time';
import { useAgentModes } from '../api/get-agent-modes';
import { agentModeKey } from '../utils/agent-mode';
import { formatAttributes } from '../utils/format-attributes';
import { ResourceUsage } from './resource-usage';

export function useAgentColumns(): VirtualColumn<AgentRow>[] {
  const modes = useAgentModes().data;
  const { t } = useTranslation('agents');
  const { t: tOverview } = useTranslation('overview');
  const locale = useLocale();
  const resource = (name: 'cpus' | 'mem' | 'disk'): VirtualColumn<AgentRow> => ({
    id: name,
    header: tOverview(`resources.${name}`),
    minWidth: name === 'cpus' ? 9 : 13,
    sortKey: name,
    cell: (agent) => (
      <ResourceUsage name={name} used={agent.used[name]} total={agent.total[name]} />
    ),
  });
  return [
    {
      id: 'hostname',
      header: t('columns.hostname'),
      minWidth: 9,
      grow: 1.2,
      sortKey: 'hostname',
      cell: (agent) => <Link to={paths.agent.href(agent.id)}>{agent.hostname}</Link>,
    },
    {
      id: 'id',
      header: t('columns.id'),
      minWidth: 10,
      grow: 1,
      sortKey: 'id',
      cell: (agent) => agent.id,
    },
    {
      id: 'active',
      header: t('columns.active'),
      minWidth: 5,
      grow: 0.5,
      sortKey: 'active',
      cell: (agent) => t(`mode.${agentModeKey(agent.active, modes?.[agent.id])}`),
    },
    resource('cpus'),
    resource('mem'),
    resource('disk'),
    {
      id: 'attributes',
      header: t('columns.attributes'),
      minWidth: 8,
      cell: (agent) => formatAttributes(agent.attributes),
    },
    {
      id: 'registered',
      header: t('columns.registered'),
      minWidth: 10,
      sortKey: 'registered',
      cell: (agent) => formatTime(agent.registeredTime, locale),
    },
    {
      id: 'tasks',
      header: t('columns.tasks'),
      minWidth: 4,
      grow: 0.5,
      sortKey: 'tasks',
      align: 'end',
      cell: (agent) => formatNumber(agent.taskCounts.active, locale),
    },
  ];
}
