import type { Slice } from '../../../../api/cluster-model';

export interface PageRequest {
  offset: number;
  limit: number;
}

export const DEFAULT_PAGE_SIZE = 200;

/** The page a list shows before any scrolling (what the preload script asks for early). */
export const FIRST_PAGE: PageRequest = { offset: 0, limit: DEFAULT_PAGE_SIZE };

export interface PageSpan {
  first: number;
  last: number;
}

export interface RowRange {
  /** First and last visible row indexes, inclusive. */
  start: number;
  end: number;
}

/** The pages of `pageSize` rows that hold every row of `range`. */
export function pagesFor(range: RowRange, pageSize: number): PageSpan {
  const first = Math.floor(Math.max(0, range.start) / pageSize);
  return { first, last: Math.max(first, Math.floor(Math.max(0, range.end) / pageSize)) };
}

export interface LoadedPage<Row> {
  slice: Slice<Row>;
  /** Data of an earlier key (previous filter or page) shown while the current one loads. */
  placeholder: boolean;
}

export interface RowWindow<Row> {
  total: number | undefined;
  rowAt: (index: number) => Row | undefined;
}

/**
 * Places every loaded slice at its own `offset` (a placeholder slice may come from another page).
 * Current data wins over placeholders, and the total comes from current data when there is any.
 */
export function windowOf<Row>(pages: LoadedPage<Row>[]): RowWindow<Row> {
  const rows = new Map<number, Row>();
  let total: number | undefined;
  const ordered = [...pages].sort((a, b) => Number(b.placeholder) - Number(a.placeholder));
  for (const { slice } of ordered) {
    total = slice.total;
    slice.rows.forEach((row, position) => rows.set(slice.offset + position, row));
  }
  return { total, rowAt: (index) => rows.get(index) };
}
