import { useTranslation } from 'react-i18next';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useClusterSummary } from '../../../shared/api/get-cluster-summary';
import { RESOURCE_NAMES } from '../../../shared/resources/resource-names';
import { clusterTotals } from '../utils/cluster-totals';
import { ActiveCountCard } from './active-count-card';
import { ResourceCard } from './resource-card';
import './overview-grid.css';

/** Resource totals, agents and frameworks from the proxy's model of the leading master. */
export function ClusterSummary() {
  const { t } = useTranslation('overview');
  const { data, isPending, error } = useClusterSummary();
  const totals = data && clusterTotals(data);
  return (
    <>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(data)} />
      {totals && (
        <div className="overview-grid">
          {RESOURCE_NAMES.map((name) => (
            <ResourceCard key={name} name={name} totals={totals.resources[name]} />
          ))}
          <ActiveCountCard
            title={t('agents.heading')}
            count={totals.agents}
            labels={{ active: t('agents.active'), inactive: t('agents.inactive') }}
          />
          <ActiveCountCard
            title={t('frameworks.heading')}
            count={totals.frameworks}
            labels={{ active: t('frameworks.active'), inactive: t('frameworks.inactive') }}
          />
        </div>
      )}
    </>
  );
}
