import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useAgentState } from '../api/get-agent-state';
import '../../tasks/components/data-table.css';

/** Running executors, from the agent's own state (the master does not list them). */
export function AgentExecutors({ agentId }: { agentId: string }) {
  const { t } = useTranslation('agents');
  const locale = useLocale();
  const { data, isPending, error } = useAgentState(agentId);
  const executors = (data?.frameworks ?? []).flatMap((framework) =>
    framework.executors.map((executor) => ({ framework, executor })),
  );
  return (
    <>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(data)} />
      {data && executors.length === 0 && <p>{t('detail.noExecutors')}</p>}
      {executors.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('detail.executors')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.executorId')}</th>
              <th scope="col">{t('detail.frameworkName')}</th>
              <th scope="col" className="data-table__number">
                {t('columns.tasks')}
              </th>
              <th scope="col">{t('detail.sandbox')}</th>
            </tr>
          </thead>
          <tbody>
            {executors.map(({ framework, executor }) => (
              <tr key={`${framework.id}/${executor.id}`}>
                <th scope="row">{executor.id}</th>
                <td>{framework.name}</td>
                <td className="data-table__number">
                  {formatNumber(executor.tasks.length, locale)}
                </td>
                <td>
                  <Link
                    to={paths.sandboxBrowse.href(agentId, executor.directory)}
                    aria-label={t('detail.browseExecutor', { executor: executor.id })}
                  >
                    {t('detail.browse')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
