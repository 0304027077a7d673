import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SearchAnswer } from '../../../../api/search';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';

export const searchKeys = {
  all: ['stadium', 'search'] as const,
  query: (query: string) => [...searchKeys.all, query] as const,
};

export function search(query: string, options: ApiRequestOptions = {}): Promise<SearchAnswer> {
  return apiGet<SearchAnswer>(
    `/api/search?${new URLSearchParams({ q: query }).toString()}`,
    options,
  );
}

export function searchQueryOptions(query: string) {
  return queryOptions({
    queryKey: searchKeys.query(query),
    queryFn: ({ signal }) => search(query, { signal }),
    enabled: query.trim() !== '',
    staleTime: 5_000,
    // The previous answer stays while the next is on its way: the list does not flicker.
    placeholderData: keepPreviousData,
  });
}

/** The proxy's matches for `query` (apps, pods, groups, agents, frameworks, tasks). */
export function useSearch(query: string) {
  return useQuery(searchQueryOptions(query));
}
