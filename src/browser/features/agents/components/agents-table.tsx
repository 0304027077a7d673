import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { FilterField } from '../../../shared/ui/virtual-table/filter-field';
import { SliceTable } from '../../../shared/ui/virtual-table/slice-table';
import { useSliceWindow } from '../../../shared/ui/virtual-table/use-slice-window';
import { agentsPageQueryOptions } from '../api/get-agents';
import { AGENT_SORT_KEYS, agentListParams } from '../utils/agent-view';
import { useAgentView } from '../utils/use-agent-view';
import { useAgentColumns } from './agent-columns';

/** Every agent, filtered and sorted by the URL, a page at a time around the rows in view. */
export function AgentsTable() {
  const { t } = useTranslation('agents');
  const locale = useLocale();
  const [view, update] = useAgentView();
  const params = agentListParams(view);
  const rows = useSliceWindow((page) => agentsPageQueryOptions(params, page));
  const columns = useAgentColumns();
  return (
    <SliceTable
      rows={rows}
      filters={
        <FilterField
          label={t('filter')}
          placeholder={t('filterHint')}
          value={view.q}
          onChange={(q) => update({ q })}
          pageSearch
        />
      }
      countText={(total) => t('count', { count: total, total: formatNumber(total, locale) })}
      emptyText={t('table.empty')}
      label={t('table.label')}
      columns={columns}
      pendingText={t('table.pending')}
      // The API sorts by hostname when the URL names no sort; the headers say so.
      sort={{ key: view.sort ?? 'hostname', order: view.order }}
      onSortChange={({ key, order }) =>
        update({ sort: AGENT_SORT_KEYS.find((candidate) => candidate === key), order })
      }
      scrollResetKey={JSON.stringify(params)}
    />
  );
}
