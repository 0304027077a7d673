import type { SearchAnswer } from '../../api/search';
import type { ClusterSnapshot } from '../cluster-model';
import { SEARCH_SOURCES, type SearchSource } from './search-sources';

/** Results per kind: enough to pick from, few enough to scan with the keyboard. */
export const RESULTS_PER_KIND = 8;

/** Every source's best matches for `query`, kinds in the sources' order. */
export function searchSnapshot(
  snapshot: ClusterSnapshot,
  query: string,
  sources: readonly SearchSource[] = SEARCH_SOURCES,
): SearchAnswer {
  const text = query.trim();
  if (text === '') return { query, results: [] };
  const terms = { text, lower: text.toLowerCase() };
  return {
    query,
    results: sources.flatMap((source) => source.find(snapshot, terms, RESULTS_PER_KIND)),
  };
}
