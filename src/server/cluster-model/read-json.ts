/**
 * Narrowing helpers for JSON from the wire: Mesos changed field sets across generations, so every
 * read tolerates a missing or oddly typed field instead of trusting a declared shape.
 */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function asBoolean(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** An id as Mesos writes it: a plain string (`/master/state`) or `{value}` (the v1 operator API). */
export function asId(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isRecord(value)) return asString(value.value);
  return null;
}

/** Mesos float epoch seconds to epoch milliseconds; 0 means "never" in `unregistered_time`. */
export function secondsToMs(value: unknown): number | null {
  const seconds = asNumber(value);
  return seconds === null || seconds <= 0 ? null : Math.round(seconds * 1000);
}
