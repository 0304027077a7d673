import type { VirtualColumn } from './virtual-column';

export const DEFAULT_ROW_HEIGHT = 36;

type ColumnWidth = Pick<VirtualColumn<unknown>, 'minWidth' | 'grow'>;

/**
 * The style that sizes a virtual table: its grid columns, row height and own height. Short lists
 * take only the room they need (an empty one keeps a line for its note). The server's first rows
 * use it too, so the table React draws lands where they were.
 */
export function virtualTableStyle(
  columns: readonly ColumnWidth[],
  rowCount: number,
  rowHeight: number,
): Record<string, string> {
  const minWidth = columns.reduce((sum, column) => sum + column.minWidth, 0);
  const contentHeight = (Math.max(rowCount, 1) + 1) * rowHeight + 2;
  return {
    '--virtual-table-columns': columns
      .map((column) => `minmax(${column.minWidth}rem, ${column.grow ?? 1}fr)`)
      .join(' '),
    '--virtual-table-min-width': `${minWidth}rem`,
    '--virtual-table-row-height': `${rowHeight}px`,
    height: `min(70vh, 44rem, ${contentHeight}px)`,
  };
}

/** A body row's transform: `start` is its virtualizer offset, which counts the header row. */
export function rowPlacement(start: number, rowHeight: number): string {
  return `translateY(${start - rowHeight}px)`;
}

export function headerCellClass(align: VirtualColumn<unknown>['align']): string {
  return `virtual-table__header virtual-table__cell--${align ?? 'start'}`;
}

export function bodyCellClass(align: VirtualColumn<unknown>['align']): string {
  return `virtual-table__cell virtual-table__cell--${align ?? 'start'}`;
}

export const BODY_ROW_CLASS = 'virtual-table__row virtual-table__row--body';

/** What a sort header's mark shows: the active column's direction, or that it can sort. */
export function sortMark(order: 'asc' | 'desc' | undefined): string {
  if (order === undefined) return '↕';
  return order === 'asc' ? '▲' : '▼';
}

export function ariaSort(order: 'asc' | 'desc' | undefined): 'ascending' | 'descending' | 'none' {
  if (order === undefined) return 'none';
  return order === 'asc' ? 'ascending' : 'descending';
}
