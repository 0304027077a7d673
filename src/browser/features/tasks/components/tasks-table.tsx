import { useTranslation } from 'react-i18next';
import type { TaskSortKey } from '../../../../api/cluster-model';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { TableToolbar } from '../../../shared/ui/virtual-table/table-toolbar';
import { useSliceWindow } from '../../../shared/ui/virtual-table/use-slice-window';
import { VirtualTable } from '../../../shared/ui/virtual-table/virtual-table';
import type { TableSort } from '../../../shared/ui/virtual-table/virtual-column';
import { tasksPageQueryOptions } from '../api/get-tasks';
import { taskListParams, TASK_SORT_KEYS, type TaskView } from '../utils/task-view';
import { useTaskColumns } from './task-columns';
import type { ReactNode } from 'react';

/**
 * The tasks matching `view`, fetched a page at a time around the rows in view. `filters` render
 * in the toolbar next to the total.
 */
export function TasksTable({
  view,
  onSortChange,
  filters,
}: {
  view: TaskView;
  onSortChange: (sort: TaskSortKey, order: TableSort['order']) => void;
  filters: ReactNode;
}) {
  const { t } = useTranslation('tasks');
  const locale = useLocale();
  const params = taskListParams(view);
  const rows = useSliceWindow((page) => tasksPageQueryOptions(params, page));
  const columns = useTaskColumns();
  const total = rows.total ?? 0;
  // The API sorts by id when the URL names no sort; the headers say so.
  const sort = { key: view.sort ?? 'id', order: view.order };

  return (
    <>
      <TableToolbar
        count={
          rows.total !== undefined &&
          t('count', { count: total, total: formatNumber(total, locale) })
        }
      >
        {filters}
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
        sort={sort}
        onSortChange={({ key, order }) => {
          const sortKey = TASK_SORT_KEYS.find((candidate) => candidate === key);
          if (sortKey) onSortChange(sortKey, order);
        }}
        onVisibleRangeChange={rows.setVisibleRange}
        scrollResetKey={JSON.stringify(params)}
        empty={rows.total === 0 && t('table.empty')}
      />
    </>
  );
}
