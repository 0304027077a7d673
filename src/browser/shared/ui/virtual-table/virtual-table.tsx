import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import type { RowRange } from './slice-pages';
import {
  ariaSort,
  BODY_ROW_CLASS,
  bodyCellClass,
  DEFAULT_ROW_HEIGHT,
  headerCellClass,
  rowPlacement,
  sortMark,
  virtualTableStyle,
} from './table-layout';
import { nextSort, type TableSort, type VirtualColumn } from './virtual-column';
import './virtual-table.css';

export interface VirtualTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  columns: VirtualColumn<Row>[];
  /** Every row of the list, loaded or not: it sizes the scrollbar and `aria-rowcount`. */
  rowCount: number;
  /** The row at `index`, or undefined while its page loads (a placeholder row is drawn). */
  rowAt: (index: number) => Row | undefined;
  /** Text of a row that has not arrived yet. */
  pendingText: string;
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
  onVisibleRangeChange?: (range: RowRange) => void;
  /** Scrolls back to the top whenever it changes (a new filter or sort). */
  scrollResetKey?: string;
  /** Shown in place of the rows when `rowCount` is 0. */
  empty?: ReactNode;
  rowHeight?: number;
}

const OVERSCAN = 12;

/**
 * An ARIA table that renders only the rows in view: fixed row height, a sticky header row of sort
 * buttons (with `aria-sort`), and absolutely placed rows inside a spacer as tall as every row.
 * Rows carry `aria-rowindex` so assistive technology knows where in the full list they sit.
 */
export function VirtualTable<Row>({
  label,
  columns,
  rowCount,
  rowAt,
  pendingText,
  sort,
  onSortChange,
  onVisibleRangeChange,
  scrollResetKey,
  empty,
  rowHeight = DEFAULT_ROW_HEIGHT,
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build does not use the React Compiler; the virtualizer re-renders this table on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // The sticky header row sits above the first row inside the scrolled element.
    paddingStart: rowHeight,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items.at(-1)?.index;

  useEffect(() => {
    if (first !== undefined && last !== undefined)
      onVisibleRangeChange?.({ start: first, end: last });
  }, [first, last, onVisibleRangeChange]);

  const resetKey = useRef(scrollResetKey);
  useEffect(() => {
    if (resetKey.current === scrollResetKey) return;
    resetKey.current = scrollResetKey;
    virtualizer.scrollToOffset(0);
  }, [scrollResetKey, virtualizer]);

  const style = virtualTableStyle(columns, rowCount, rowHeight) as CSSProperties;

  return (
    <div
      ref={scrollRef}
      className="virtual-table"
      role="table"
      aria-label={label}
      aria-rowcount={rowCount + 1}
      aria-colcount={columns.length}
      // Focusable so keyboard users can scroll it.
      tabIndex={0}
      style={style}
    >
      <div role="rowgroup" className="virtual-table__head">
        <div role="row" aria-rowindex={1} className="virtual-table__row">
          {columns.map((column) => (
            <HeaderCell key={column.id} column={column} sort={sort} onSortChange={onSortChange} />
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        className="virtual-table__body"
        style={{ height: Math.max(0, virtualizer.getTotalSize() - rowHeight) }}
      >
        {rowCount === 0 && empty !== undefined && (
          <div role="row" className="virtual-table__row virtual-table__row--note">
            <div role="cell" className="virtual-table__note">
              {empty}
            </div>
          </div>
        )}
        {items.map((item) => {
          const row = rowAt(item.index);
          const placement = { transform: rowPlacement(item.start, rowHeight) };
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              aria-busy={row === undefined || undefined}
              className={BODY_ROW_CLASS}
              style={placement}
            >
              {row === undefined ? (
                <div role="cell" className="virtual-table__note">
                  {pendingText}
                </div>
              ) : (
                columns.map((column) => (
                  <div key={column.id} role="cell" className={bodyCellClass(column.align)}>
                    {column.cell(row)}
                  </div>
                ))
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function HeaderCell<Row>({
  column,
  sort,
  onSortChange,
}: {
  column: VirtualColumn<Row>;
  sort: TableSort | undefined;
  onSortChange: ((sort: TableSort) => void) | undefined;
}) {
  const { sortKey } = column;
  const order = sortKey !== undefined && sort?.key === sortKey ? sort.order : undefined;
  const className = headerCellClass(column.align);
  if (sortKey === undefined || onSortChange === undefined) {
    return (
      <div role="columnheader" className={className}>
        {column.header}
      </div>
    );
  }
  return (
    <div role="columnheader" aria-sort={ariaSort(order)} className={className}>
      <button
        type="button"
        className="virtual-table__sort"
        onClick={() => onSortChange(nextSort(sort, sortKey))}
      >
        {column.header}
        <span className="virtual-table__sort-mark" aria-hidden="true">
          {sortMark(order)}
        </span>
      </button>
    </div>
  );
}
