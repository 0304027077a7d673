import type { SortOrder } from '../../api/cluster-model';

/** A request the client got wrong: answered with `statusCode` and `{ message }`. */
export class RequestError extends Error {
  constructor(
    readonly statusCode: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

export class QueryError extends RequestError {
  constructor(message: string) {
    super(400, message);
  }
}

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;
const MAX_TEXT = 256;

export type RawQuery = Record<string, unknown>;

/** One value per parameter: `?a=1&a=2` is refused rather than silently picking one. */
export function text(query: RawQuery, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new QueryError(`"${name}" must be given once`);
  if (value.length > MAX_TEXT) throw new QueryError(`"${name}" is longer than ${MAX_TEXT}`);
  return value;
}

export function oneOf<T extends string>(
  query: RawQuery,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = text(query, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new QueryError(`"${name}" must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

/** A comma-separated subset of `allowed`, or undefined when absent. */
export function setOf<T extends string>(
  query: RawQuery,
  name: string,
  allowed: readonly T[],
): Set<T> | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  const picked = new Set<T>();
  for (const item of value.split(',')) {
    const trimmed = item.trim();
    if (!(allowed as readonly string[]).includes(trimmed)) {
      throw new QueryError(
        `"${name}" values must be among ${allowed.join(', ')} (got "${trimmed}")`,
      );
    }
    picked.add(trimmed as T);
  }
  return picked;
}

function integer(query: RawQuery, name: string, fallback: number, min: number, max: number) {
  const value = text(query, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value))
    throw new QueryError(`"${name}" must be a whole number (got "${value}")`);
  const number = Number(value);
  if (number < min || number > max) {
    throw new QueryError(`"${name}" must be between ${min} and ${max} (got ${value})`);
  }
  return number;
}

export interface Paging {
  offset: number;
  limit: number;
  order: SortOrder;
}

export function paging(query: RawQuery): Paging {
  return {
    offset: integer(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER),
    limit: integer(query, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT),
    order: oneOf(query, 'order', ['asc', 'desc'] as const, 'asc'),
  };
}

/** Free text as lowercase words; a row matches when its search string holds every word. */
export function searchTerms(query: RawQuery): string[] {
  return (text(query, 'q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesAll(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
