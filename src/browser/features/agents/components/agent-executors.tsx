import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MesosAgentFramework, MesosExecutor } from '../../../../api/mesos';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { DataTable } from '../../../shared/ui/data-table';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useAgentState } from '../../../shared/api/get-agent-state';

interface ExecutorRow {
  framework: MesosAgentFramework;
  executor: MesosExecutor;
}

/** Running executors, from the agent's own state (the master does not list them). */
export function AgentExecutors({ agentId }: { agentId: string }) {
  const { t } = useTranslation('agents');
  const locale = useLocale();
  const { data, isPending, error } = useAgentState(agentId);
  return (
    <>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(data)} />
      {data && (
        <DataTable<ExecutorRow>
          caption={t('detail.executors')}
          empty={t('detail.noExecutors')}
          rows={data.frameworks.flatMap((framework) =>
            framework.executors.map((executor) => ({ framework, executor })),
          )}
          rowKey={({ framework, executor }) => `${framework.id}/${executor.id}`}
          columns={[
            { id: 'id', header: t('detail.executorId'), cell: ({ executor }) => executor.id },
            {
              id: 'framework',
              header: t('detail.frameworkName'),
              cell: ({ framework }) => framework.name,
            },
            {
              id: 'tasks',
              header: t('columns.tasks'),
              numeric: true,
              cell: ({ executor }) => formatNumber(executor.tasks.length, locale),
            },
            {
              id: 'sandbox',
              header: t('detail.sandbox'),
              cell: ({ executor }) => (
                <Link
                  to={paths.sandboxBrowse.href(agentId, executor.directory)}
                  aria-label={t('detail.browseExecutor', { executor: executor.id })}
                >
                  {t('detail.browse')}
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
