/**
 * Values many rows repeat, held once. JSON.parse makes a new string for every occurrence: at 100k
 * tasks each framework id, agent id, app name, state and status source would be 100k copies
 * (tens of MB). Only fields with few distinct values go through `shared`; a task's own id does not.
 */

/** Distinct strings kept before the pool starts over (rows keep the strings they already share). */
const POOL_LIMIT = 65_536;
let pool = new Map<string, string>();

export function shared(value: string): string;
export function shared(value: string | null): string | null;
export function shared(value: string | null): string | null {
  if (value === null) return null;
  const known = pool.get(value);
  if (known !== undefined) return known;
  if (pool.size >= POOL_LIMIT) pool = new Map();
  pool.set(value, value);
  return value;
}

const NONE: readonly never[] = Object.freeze([]);

/** `list`, or one frozen empty array for every empty list (most tasks have no labels or ports). */
export function listOrNone<T>(list: T[]): T[] {
  return list.length === 0 ? (NONE as never[]) : list;
}
