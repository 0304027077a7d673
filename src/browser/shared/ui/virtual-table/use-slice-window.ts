import { useQueries, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Slice } from '../../../../api/cluster-model';
import {
  DEFAULT_PAGE_SIZE,
  pagesFor,
  windowOf,
  type PageRequest,
  type PageSpan,
  type RowRange,
} from './slice-pages';

export type { PageRequest };

export type SlicePageQuery<Row, Key extends QueryKey> = (
  page: PageRequest,
) => UseQueryOptions<Slice<Row>, Error, Slice<Row>, Key>;

export { DEFAULT_PAGE_SIZE };

export interface SliceWindow<Row> {
  /** Rows in the whole list; kept while scrolled-to pages load, undefined before any arrives. */
  total: number | undefined;
  rowAt: (index: number) => Row | undefined;
  setVisibleRange: (range: RowRange) => void;
  /** Nothing to show yet: no page has ever arrived. */
  isPending: boolean;
  error: Error | null;
}

/**
 * Rows of a server-side list, fetched as pages of `pageSize` around the rows on screen only
 * (never the whole list). `pageQuery` builds one page's query; its options (polling, kept
 * placeholder data) apply to every page. Feed `setVisibleRange` from the table's scroll.
 */
export function useSliceWindow<Row, Key extends QueryKey>(
  pageQuery: SlicePageQuery<Row, Key>,
  pageSize = DEFAULT_PAGE_SIZE,
): SliceWindow<Row> {
  const [span, setSpan] = useState<PageSpan>({ first: 0, last: 0 });
  const pageIndexes: number[] = [];
  for (let page = span.first; page <= span.last; page++) pageIndexes.push(page);
  const results = useQueries({
    queries: pageIndexes.map((page) => pageQuery({ offset: page * pageSize, limit: pageSize })),
  });
  const loaded = results.flatMap((result) =>
    result.data ? [{ slice: result.data, placeholder: result.isPlaceholderData }] : [],
  );
  const { total, rowAt } = windowOf(loaded);
  // Pages scrolled to are new queries with no data yet; the list keeps its length meanwhile, or
  // the scrollbar would collapse and throw the user back to the top.
  const [knownTotal, setKnownTotal] = useState<number | undefined>(undefined);
  if (total !== undefined && total !== knownTotal) setKnownTotal(total);

  const setVisibleRange = useCallback(
    (range: RowRange) => {
      const next = pagesFor(range, pageSize);
      setSpan((current) =>
        current.first === next.first && current.last === next.last ? current : next,
      );
    },
    [pageSize],
  );

  return {
    total: total ?? knownTotal,
    rowAt,
    setVisibleRange,
    isPending: total === undefined && knownTotal === undefined,
    error: results.find((result) => result.error)?.error ?? null,
  };
}
