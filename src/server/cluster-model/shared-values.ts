/**
 * Values many rows repeat, held once. JSON.parse makes a new string for every occurrence: at 100k
 * tasks each framework id, agent id, app name, state and status source would be 100k copies
 * (tens of MB). Only fields with few distinct values go through `shared`; a task's own id does not.
 */

/** Distinct values kept before a pool starts over (rows keep the values they already share). */
const POOL_LIMIT = 65_536;

/** One held value per key; forgets them all when full. */
class Pool<T> {
  private values = new Map<string, T>();

  get(key: string, make: () => T): T {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    if (this.values.size >= POOL_LIMIT) this.values = new Map();
    const value = make();
    this.values.set(key, value);
    return value;
  }
}

const strings = new Pool<string>();

export function shared(value: string): string;
export function shared(value: string | null): string | null;
export function shared(value: string | null): string | null {
  return value === null ? null : strings.get(value, () => value);
}

const NONE: readonly never[] = Object.freeze([]);

/** `list`, or one frozen empty array for every empty list (most tasks have no labels or ports). */
export function listOrNone<T>(list: T[]): T[] {
  return list.length === 0 ? (NONE as never[]) : list;
}

const structures = new Pool<unknown>();

/**
 * One frozen copy of each distinct plain value (a task's labels, addresses, ports, resources):
 * an app's tasks carry equal ones, and each parsed copy costs a task about 200 bytes (an array
 * grown by `push` holds 17 slots; the copy is exactly as long as the list). Frozen because rows
 * share it: nothing may change it in place. An empty list is `listOrNone`'s.
 */
export function sharedValue<T extends object>(value: T, copy: (value: T) => T = frozenCopy): T {
  if (Array.isArray(value) && value.length === 0) return NONE as unknown as T;
  return structures.get(JSON.stringify(value), () => copy(value)) as T;
}

/** A deep copy, frozen throughout: arrays at their length, objects with the fields they have. */
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = frozenCopy(field);
  return Object.freeze(copy) as T;
}
