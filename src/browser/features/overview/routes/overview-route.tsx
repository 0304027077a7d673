import { useTranslation } from 'react-i18next';
import { ClusterResourceCharts } from '../../charts/components/cluster-resource-charts';
import { ClusterSummary } from '../components/cluster-summary';
import { TasksByState } from '../components/tasks-by-state';

export function OverviewRoute() {
  const { t } = useTranslation('overview');
  const { t: tCommon } = useTranslation();
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('title') })}</title>
      <h1>{t('title')}</h1>
      <ClusterSummary />
      <ClusterResourceCharts />
      <TasksByState />
    </>
  );
}
