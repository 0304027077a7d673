import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { StaleModelNotice } from '../../../shared/ui/stale-model-notice';
import { ClusterResourceCharts } from '../../charts';
import { ClusterSummary } from '../components/cluster-summary';
import { TasksByState } from '../components/tasks-by-state';

export function OverviewRoute() {
  const { t } = useTranslation('overview');
  return (
    <>
      <PageTitle title={t('title')} />
      <StaleModelNotice />
      <ClusterSummary />
      <ClusterResourceCharts />
      <TasksByState />
    </>
  );
}
