import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { AgentFlags, agentsPageQueryOptions } from '../../agents';

/** Enough to pick from; a cluster of thousands of agents is narrowed by the search first. */
const PICKER_LIMIT = 100;

/**
 * Any agent's flags beside the master's: `?agent=<id>` holds the agent, `?agentFlags=` the search
 * in its flags. Agents are found through the cluster model (by hostname or id), a page at a time.
 */
export function AgentFlagsPicker() {
  const { t } = useTranslation('masters');
  const [search, write] = useSearchWriter();
  const agentId = search.get('agent') ?? '';
  const [find, setFind] = useState('');
  const ids = { find: useId(), agent: useId() };
  const agents = useQuery(
    agentsPageQueryOptions({ q: find, sort: 'hostname' }, { offset: 0, limit: PICKER_LIMIT }),
  );
  const rows = agents.data?.rows ?? [];
  const choose = (next: string) =>
    write((params) => {
      if (next) params.set('agent', next);
      else params.delete('agent');
      params.delete('agentFlags');
      return params;
    });
  return (
    <>
      <div className="flags-table">
        <label htmlFor={ids.find}>{t('agentFlags.find')}</label>{' '}
        <input
          id={ids.find}
          className="control"
          type="search"
          value={find}
          onChange={(event) => setFind(event.target.value)}
        />{' '}
        <label htmlFor={ids.agent}>{t('agentFlags.agent')}</label>{' '}
        <select
          id={ids.agent}
          className="control"
          value={agentId}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="">{t('agentFlags.choose')}</option>
          {agentId && !rows.some((agent) => agent.id === agentId) && (
            <option value={agentId}>{agentId}</option>
          )}
          {rows.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {t('agentFlags.option', { hostname: agent.hostname, id: agent.id })}
            </option>
          ))}
        </select>{' '}
        {agents.data && agents.data.total > rows.length && (
          <span role="status">
            {t('agentFlags.more', { shown: rows.length, total: agents.data.total })}
          </span>
        )}
      </div>
      {agentId && (
        <AgentFlags
          key={agentId}
          agentId={agentId}
          caption={t('agentFlags.caption', { agentId })}
          param="agentFlags"
          searchLabel={t('agentFlags.search')}
        />
      )}
    </>
  );
}
