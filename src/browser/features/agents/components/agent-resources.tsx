import { useTranslation } from 'react-i18next';
import type { AgentDetail } from '../../../../api/cluster-model';
import { RESOURCE_NAMES } from '../../../shared/resources/resource-names';
import { StatList } from '../../../shared/ui/stat-list';
import { ResourceUsage } from './resource-usage';

/** Used of total for each resource of the agent. */
export function AgentResources({ agent }: { agent: AgentDetail }) {
  const { t } = useTranslation('overview');
  return (
    <StatList
      layout="details"
      stats={RESOURCE_NAMES.map((name) => ({
        id: name,
        label: t(`resources.${name}`),
        value: <ResourceUsage name={name} used={agent.used[name]} total={agent.total[name]} />,
      }))}
    />
  );
}
