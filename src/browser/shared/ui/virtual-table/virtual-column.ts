import type { ReactNode } from 'react';
import type { SortOrder } from '../../../../api/cluster-model';

export interface VirtualColumn<Row> {
  id: string;
  header: string;
  /** Narrowest width in rem; every row sizes its columns alike since none depends on content. */
  minWidth: number;
  /** Share of the width left over once every column has its minimum; default 1. */
  grow?: number;
  /** Set to make the header a sort button; the value is what `onSortChange` receives. */
  sortKey?: string;
  align?: 'start' | 'end';
  cell: (row: Row) => ReactNode;
}

export interface TableSort {
  key: string;
  order: SortOrder;
}

/** Clicking the current sort column flips its order; another column starts ascending. */
export function nextSort(current: TableSort | undefined, key: string): TableSort {
  if (current?.key === key) return { key, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { key, order: 'asc' };
}
