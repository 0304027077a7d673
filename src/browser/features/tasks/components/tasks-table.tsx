import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskSortKey } from '../../../../api/cluster-model';
import { useFirstRowsHandOff } from '../../../shared/use-first-rows-hand-off';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { SliceTable } from '../../../shared/ui/virtual-table/slice-table';
import { useSliceWindow } from '../../../shared/ui/virtual-table/use-slice-window';
import type { TableSort } from '../../../shared/ui/virtual-table/virtual-column';
import { tasksPageQueryOptions } from '../api/get-tasks';
import { taskListParams, TASK_SORT_KEYS, type TaskView } from '../utils/task-view';
import { useTaskColumns } from './task-columns';

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
  useFirstRowsHandOff(rows.total !== undefined || rows.error !== null);
  return (
    <SliceTable
      rows={rows}
      filters={filters}
      countText={(total) => t('count', { count: total, total: formatNumber(total, locale) })}
      emptyText={t('table.empty')}
      label={t('table.label')}
      columns={columns}
      pendingText={t('table.pending')}
      // The API sorts by id when the URL names no sort; the headers say so.
      sort={{ key: view.sort ?? 'id', order: view.order }}
      onSortChange={({ key, order }) => {
        const sortKey = TASK_SORT_KEYS.find((candidate) => candidate === key);
        if (sortKey) onSortChange(sortKey, order);
      }}
      scrollResetKey={JSON.stringify(params)}
    />
  );
}
