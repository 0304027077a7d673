import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { FilterField } from '../../../shared/ui/virtual-table/filter-field';
import { TableToolbar } from '../../../shared/ui/virtual-table/table-toolbar';
import { useSliceWindow } from '../../../shared/ui/virtual-table/use-slice-window';
import { VirtualTable } from '../../../shared/ui/virtual-table/virtual-table';
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
  const total = rows.total ?? 0;
  return (
    <>
      <TableToolbar
        count={
          rows.total !== undefined &&
          t('count', { count: total, total: formatNumber(total, locale) })
        }
      >
        <FilterField
          label={t('filter')}
          placeholder={t('filterHint')}
          value={view.q}
          onChange={(q) => update({ q })}
        />
      </TableToolbar>
      <QueryFeedback
        isPending={rows.isPending}
        error={rows.error}
        hasData={rows.total !== undefined}
      />
      <VirtualTable
        label={t('table.label')}
        columns={columns}
        rowCount={total}
        rowAt={rows.rowAt}
        pendingText={t('table.pending')}
        // The API sorts by hostname when the URL names no sort; the headers say so.
        sort={{ key: view.sort ?? 'hostname', order: view.order }}
        onSortChange={({ key, order }) =>
          update({ sort: AGENT_SORT_KEYS.find((candidate) => candidate === key), order })
        }
        onVisibleRangeChange={rows.setVisibleRange}
        scrollResetKey={JSON.stringify(params)}
        empty={rows.total === 0 && t('table.empty')}
      />
    </>
  );
}
