import { escapePointerSegment, type JsonValue } from './json-parser';

/** A location in a JSON document: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

export function pathToPointer(path: JsonPath): string {
  return path.map((segment) => `/${escapePointerSegment(segment)}`).join('');
}

/** Segments stay strings; `getAtPath` reads digit strings as array indexes. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function isJsonObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAtPath(value: JsonValue | undefined, path: JsonPath): JsonValue | undefined {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current)) {
      const index = typeof segment === 'number' ? segment : Number(segment);
      if (!Number.isInteger(index)) return undefined;
      current = current[index];
    } else if (isJsonObject(current) && Object.hasOwn(current, segment)) {
      current = current[String(segment)];
    } else {
      return undefined;
    }
  }
  return current;
}
