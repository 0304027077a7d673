import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { LoadingNotice } from '../../../shared/ui/loading-notice';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useMetricsHistory } from '../api/get-metrics-history';

const ClusterChartGrid = lazy(() => import('./cluster-chart-grid'));

/** The Overview's history: cluster allocation per resource and live tasks per state. */
export function ClusterResourceCharts() {
  const { t } = useTranslation('charts');
  const { data, isPending, error } = useMetricsHistory();
  return (
    <Card title={t('clusterTitle')}>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(data)} />
      {data && (
        <Suspense fallback={<LoadingNotice />}>
          <ClusterChartGrid history={data} />
        </Suspense>
      )}
    </Card>
  );
}
