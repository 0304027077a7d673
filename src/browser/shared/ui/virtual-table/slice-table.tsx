import type { ReactNode } from 'react';
import { QueryFeedback } from '../query-feedback';
import { TableToolbar } from './table-toolbar';
import type { SliceWindow } from './use-slice-window';
import { VirtualTable, type VirtualTableProps } from './virtual-table';

type SliceTableProps<Row> = Omit<
  VirtualTableProps<Row>,
  'rowCount' | 'rowAt' | 'onVisibleRangeChange' | 'empty'
> & {
  /** The list's rows, from `useSliceWindow`. */
  rows: SliceWindow<Row>;
  /** The toolbar's filters, before the row count. */
  filters: ReactNode;
  /** The row count as the toolbar says it. */
  countText: (total: number) => string;
  /** Shown in place of the rows when nothing matches. */
  emptyText: string;
};

/**
 * A server-side list: its filters and row count, loading and error notices, then a virtual
 * table of the rows in view that asks `rows` for the pages it scrolls to.
 */
export function SliceTable<Row>({
  rows,
  filters,
  countText,
  emptyText,
  ...table
}: SliceTableProps<Row>) {
  const total = rows.total ?? 0;
  return (
    <>
      <TableToolbar count={rows.total !== undefined && countText(total)}>{filters}</TableToolbar>
      <QueryFeedback
        isPending={rows.isPending}
        error={rows.error}
        hasData={rows.total !== undefined}
      />
      <VirtualTable
        {...table}
        rowCount={total}
        rowAt={rows.rowAt}
        onVisibleRangeChange={rows.setVisibleRange}
        empty={rows.total === 0 && emptyText}
      />
    </>
  );
}
