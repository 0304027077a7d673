/** A match of the search in one piece of text, as [from, to) character indexes. */
export interface TextMatch {
  from: number;
  to: number;
}

/** Case-insensitive, non-overlapping occurrences of `query` in `text`. */
export function findMatches(text: string, query: string): TextMatch[] {
  if (query === '') return [];
  const haystack = text.toLocaleLowerCase();
  const needle = query.toLocaleLowerCase();
  // Lower-casing can change lengths (e.g. "İ"); then indexes would not map back to `text`.
  if (haystack.length !== text.length || needle.length !== query.length) {
    return findExact(text, query);
  }
  return findExact(haystack, needle);
}

function findExact(text: string, query: string): TextMatch[] {
  const matches: TextMatch[] = [];
  let at = text.indexOf(query);
  while (at >= 0) {
    matches.push({ from: at, to: at + query.length });
    at = text.indexOf(query, at + query.length);
  }
  return matches;
}

/** The next match index after `current` in `direction`, wrapping around; -1 without matches. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
