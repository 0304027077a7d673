/**
 * JSON read in place from its UTF-8 bytes, a level at a time. `SUBSCRIBED` is the whole cluster
 * (100 MB at 10k agents / 100k tasks): `JSON.parse` of its text would hold that text as a string
 * and the whole parsed tree at once, several times its size, only for the model to copy what it
 * keeps and drop the rest. Here the outer objects are opened by scanning the bytes, and the big
 * arrays inside are handed out as iterables that parse one element at a time, so each element's
 * tree dies as soon as the model has read it.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

export class LazyJsonError extends Error {}

/** A JSON array whose elements are parsed one by one as it is iterated (each time anew). */
export class LazyJsonArray implements Iterable<unknown> {
  constructor(
    private readonly bytes: Buffer,
    private readonly start: number,
    private readonly end: number,
  ) {}

  *[Symbol.iterator](): Iterator<unknown> {
    let at = skipSpace(this.bytes, this.start + 1);
    if (this.bytes[at] === CLOSE_ARRAY) return;
    for (;;) {
      const valueEnd = skipValue(this.bytes, at, this.end);
      yield parseSpan(this.bytes, at, valueEnd);
      at = skipSpace(this.bytes, valueEnd);
      if (this.bytes[at] === CLOSE_ARRAY) return;
      if (this.bytes[at] !== COMMA) throw unexpected(this.bytes, at);
      at = skipSpace(this.bytes, at + 1);
    }
  }
}

/**
 * The JSON in `bytes`, with objects opened `depth` levels deep; arrays met within those levels
 * are LazyJsonArrays, everything below them plain parsed JSON. Throws LazyJsonError for bytes
 * that are not one JSON value (elements of lazy arrays are checked when iterated).
 */
export function openJson(bytes: Buffer, depth: number): unknown {
  const start = skipSpace(bytes, 0);
  const end = skipValue(bytes, start, bytes.length);
  if (skipSpace(bytes, end) !== bytes.length) throw unexpected(bytes, skipSpace(bytes, end));
  return openValue(bytes, start, end, depth);
}

function openValue(bytes: Buffer, start: number, end: number, depth: number): unknown {
  if (depth > 0 && bytes[start] === OPEN_ARRAY) return new LazyJsonArray(bytes, start, end);
  if (depth === 0 || bytes[start] !== OPEN_OBJECT) return parseSpan(bytes, start, end);
  const object: Record<string, unknown> = {};
  let at = skipSpace(bytes, start + 1);
  if (bytes[at] === CLOSE_OBJECT) return object;
  for (;;) {
    if (bytes[at] !== QUOTE) throw unexpected(bytes, at);
    const keyEnd = skipValue(bytes, at, end);
    const key = parseSpan(bytes, at, keyEnd) as string;
    at = skipSpace(bytes, keyEnd);
    if (bytes[at] !== COLON) throw unexpected(bytes, at);
    at = skipSpace(bytes, at + 1);
    const valueEnd = skipValue(bytes, at, end);
    object[key] = openValue(bytes, at, valueEnd, depth - 1);
    at = skipSpace(bytes, valueEnd);
    if (bytes[at] === CLOSE_OBJECT) return object;
    if (bytes[at] !== COMMA) throw unexpected(bytes, at);
    at = skipSpace(bytes, at + 1);
  }
}

function parseSpan(bytes: Buffer, start: number, end: number): unknown {
  try {
    return JSON.parse(bytes.toString('utf8', start, end));
  } catch (error) {
    throw new LazyJsonError(`not JSON at byte ${start}: ${(error as Error).message}`);
  }
}

function skipSpace(bytes: Buffer, at: number): number {
  let i = at;
  for (;;) {
    const byte = bytes[i];
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return i;
    i++;
  }
}

/**
 * The end of the value starting at `start`. Only brackets and strings are followed; the value
 * itself is checked when it is parsed. Strings are skipped by jumping to the next quote, which
 * closes the string unless an odd run of backslashes precedes it (UTF-8 continuation bytes are
 * never 0x22 or 0x5c, so multi-byte characters need no care).
 */
function skipValue(bytes: Buffer, start: number, limit: number): number {
  let depth = 0;
  let at = start;
  while (at < limit) {
    const byte = bytes[at];
    if (byte === QUOTE) {
      at = stringEnd(bytes, at, limit);
      if (depth === 0) return at;
      continue;
    }
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
    else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      // A number, true, false or null that ends its container.
      if (depth === 0 && at > start) return at;
      depth--;
      if (depth < 0) throw unexpected(bytes, at);
      if (depth === 0) return at + 1;
    } else if (depth === 0 && (byte === COMMA || byte === COLON || isSpace(byte))) {
      // A number, true, false or null ends where the next token starts.
      if (at === start) throw unexpected(bytes, at);
      return at;
    }
    at++;
  }
  if (depth === 0 && at > start) return at;
  throw new LazyJsonError(`JSON ends inside a value that starts at byte ${start}`);
}

function stringEnd(bytes: Buffer, open: number, limit: number): number {
  let at = open + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, at);
    if (quote < 0 || quote >= limit) {
      throw new LazyJsonError(`JSON ends inside a string that starts at byte ${open}`);
    }
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function unexpected(bytes: Buffer, at: number): LazyJsonError {
  const found =
    at >= bytes.length ? 'the end' : JSON.stringify(String.fromCharCode(bytes[at] ?? 0));
  return new LazyJsonError(`unexpected ${found} at byte ${at} of ${bytes.length}`);
}
