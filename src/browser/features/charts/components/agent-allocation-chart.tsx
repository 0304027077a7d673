import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingNotice } from '../../../shared/ui/loading-notice';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useAgentHistory } from '../api/get-agent-history';

const AgentChartGrid = lazy(() => import('./agent-chart-grid'));

/** One agent's allocation per resource over the polls the proxy remembers. */
export function AgentAllocationChart({ agentId }: { agentId: string }) {
  const { t } = useTranslation('charts');
  const { data, isPending, error } = useAgentHistory(agentId);
  return (
    <section aria-label={t('agentTitle')}>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(data)} />
      {data && (
        <Suspense fallback={<LoadingNotice />}>
          <AgentChartGrid history={data} />
        </Suspense>
      )}
    </section>
  );
}
