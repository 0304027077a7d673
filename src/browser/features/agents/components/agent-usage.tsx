import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MesosExecutorStatistics } from '../../../../api/mesos';
import { formatMegabytes } from '../../../shared/format/format-megabytes';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { DataTable } from '../../../shared/ui/data-table';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useAgentStatistics } from '../api/get-agent-statistics';
import { executorUsage, type ExecutorUsage } from '../utils/executor-usage';

/** The last two samples of `/monitor/statistics`: CPU use needs both. */
function useUsage(agentId: string) {
  const query = useAgentStatistics(agentId);
  const [samples, setSamples] = useState<{
    previous: MesosExecutorStatistics[] | null;
    current: MesosExecutorStatistics[] | null;
  }>({ previous: null, current: null });
  const { data } = query;
  // Each new sample pushes the last one back (state adjusted while rendering, not in an effect).
  if (data && data !== samples.current) setSamples({ previous: samples.current, current: data });
  const usage = samples.current ? executorUsage(samples.previous, samples.current) : null;
  return { query, usage };
}

/** Per executor, CPU and memory in use now, refreshed every 3 s (the Mesos UI's agent "top"). */
export function AgentUsage({ agentId }: { agentId: string }) {
  const { t } = useTranslation('agents');
  const locale = useLocale();
  const { query, usage } = useUsage(agentId);
  const of = (used: string, limit: string) => t('usage', { used, total: limit });
  const cpus = (value: number | null) => (value === null ? '…' : formatNumber(value, locale, 2));
  const mem = (value: number | null) => (value === null ? '—' : formatMegabytes(value, locale));
  return (
    <>
      <QueryFeedback isPending={query.isPending} error={query.error} hasData={usage !== null} />
      {usage && (
        <DataTable<ExecutorUsage>
          caption={t('top.caption')}
          columns={[
            { id: 'executor', header: t('top.executor'), cell: (row) => row.executorId },
            { id: 'framework', header: t('top.framework'), cell: (row) => row.frameworkId },
            {
              id: 'cpus',
              header: t('top.cpus'),
              numeric: true,
              cell: (row) => of(cpus(row.cpus), cpus(row.cpusLimit)),
            },
            {
              id: 'mem',
              header: t('top.mem'),
              numeric: true,
              cell: (row) => of(mem(row.memMb), mem(row.memLimitMb)),
            },
          ]}
          rows={usage}
          rowKey={(row) => `${row.frameworkId}\n${row.executorId}`}
          empty={t('detail.noExecutors')}
        />
      )}
    </>
  );
}
