import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

export type SearchUpdate = (current: URLSearchParams) => URLSearchParams;

/**
 * The URL's search parameters, and a writer that builds on the last write. The router applies
 * URL changes in a transition, so a second change (a debounced filter right after a sort click)
 * can arrive before the first one has rendered; building on the last render would lose the first.
 */
export function useSearchWriter() {
  const [search, setSearch] = useSearchParams();
  const latest = useRef(search);
  const searchText = search.toString();
  useEffect(() => {
    latest.current = new URLSearchParams(searchText);
  }, [searchText]);
  const write = useCallback(
    (update: SearchUpdate, options: { push?: boolean } = {}) => {
      const next = update(new URLSearchParams(latest.current));
      latest.current = next;
      setSearch(next, { replace: !options.push });
    },
    [setSearch],
  );
  return [search, write] as const;
}
