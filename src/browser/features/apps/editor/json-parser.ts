/**
 * A small JSON parser that, unlike JSON.parse, reports where the first error is (line and column,
 * the way Monaco counts them) and records where every value sits in the text, so server errors
 * given as JSON pointers can be drawn on the right characters.
 */

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type JsonParseErrorCode =
  | 'emptyDocument'
  | 'unexpectedEnd'
  | 'expectedValue'
  | 'expectedColon'
  | 'expectedCommaOrBrace'
  | 'expectedCommaOrBracket'
  | 'expectedPropertyName'
  | 'trailingComma'
  | 'unterminatedString'
  | 'invalidEscape'
  | 'controlCharacterInString'
  | 'invalidNumber'
  | 'unexpectedAfterEnd';

export interface JsonParseError {
  code: JsonParseErrorCode;
  /** What was found at the error position, as it reads in the text (`"`, `}`, `end of input`). */
  found: string;
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like Monaco. */
  column: number;
}

/** Offsets `[start, end)` of a value in the text; for properties also where the key is. */
export interface JsonSpan {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
}

export type JsonParseResult =
  | { ok: true; value: JsonValue; spans: Map<string, JsonSpan> }
  | { ok: false; error: JsonParseError };

class ParseFailure extends Error {
  constructor(
    readonly code: JsonParseErrorCode,
    readonly offset: number,
  ) {
    super(code);
  }
}

export function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

function describeFound(text: string, offset: number): string {
  if (offset >= text.length) return 'end of input';
  const ch = text.charAt(offset);
  if (ch === '\n' || ch === '\r') return 'end of line';
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(offset, offset + 20));
  return word ? word[0] : ch;
}

/** Own enumerable property even for keys like `__proto__`, exactly as JSON.parse makes them. */
export function defineOwn(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export function parseJson(text: string): JsonParseResult {
  const spans = new Map<string, JsonSpan>();
  let pos = 0;

  const isWhitespace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const skipWhitespace = () => {
    while (pos < text.length && isWhitespace(text.charAt(pos))) pos++;
  };
  const fail = (code: JsonParseErrorCode, at = pos): never => {
    throw new ParseFailure(
      pos >= text.length && code !== 'unterminatedString' ? 'unexpectedEnd' : code,
      at,
    );
  };

  const parseString = (): string => {
    const start = pos;
    pos++; // opening quote
    let out = '';
    for (;;) {
      if (pos >= text.length) throw new ParseFailure('unterminatedString', start);
      const ch = text.charAt(pos);
      if (ch === '"') {
        pos++;
        return out;
      }
      if (ch === '\\') {
        const esc = text.charAt(pos + 1);
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (esc in simple) {
          out += simple[esc];
          pos += 2;
        } else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else {
          throw new ParseFailure('invalidEscape', pos);
        }
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) {
        // A raw newline almost always means the closing quote is missing.
        throw new ParseFailure(
          ch === '\n' || ch === '\r' ? 'unterminatedString' : 'controlCharacterInString',
          ch === '\n' || ch === '\r' ? start : pos,
        );
      }
      out += ch;
      pos++;
    }
  };

  const parseNumber = (): number => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos));
    const next = match ? text.charAt(pos + match[0].length) : '';
    if (!match || /[\w.]/.test(next)) throw new ParseFailure('invalidNumber', pos);
    pos += match[0].length;
    return Number(match[0]);
  };

  const parseValue = (
    pointer: string,
    keySpan?: { keyStart: number; keyEnd: number },
  ): JsonValue => {
    skipWhitespace();
    const start = pos;
    const ch = text.charAt(pos);
    let value: JsonValue;
    if (ch === '{') value = parseObject(pointer);
    else if (ch === '[') value = parseArray(pointer);
    else if (ch === '"') value = parseString();
    else if (ch === '-' || (ch >= '0' && ch <= '9')) value = parseNumber();
    else if (text.startsWith('true', pos)) {
      value = true;
      pos += 4;
    } else if (text.startsWith('false', pos)) {
      value = false;
      pos += 5;
    } else if (text.startsWith('null', pos)) {
      value = null;
      pos += 4;
    } else {
      return fail('expectedValue');
    }
    spans.set(pointer, { start, end: pos, ...keySpan });
    return value;
  };

  const parseObject = (pointer: string): JsonObject => {
    const result: JsonObject = {};
    pos++; // {
    skipWhitespace();
    if (text.charAt(pos) === '}') {
      pos++;
      return result;
    }
    for (;;) {
      skipWhitespace();
      if (text.charAt(pos) !== '"') fail('expectedPropertyName');
      const keyStart = pos;
      const key = parseString();
      const keyEnd = pos;
      skipWhitespace();
      if (text.charAt(pos) !== ':') fail('expectedColon');
      pos++;
      defineOwn(
        result,
        key,
        parseValue(`${pointer}/${escapePointerSegment(key)}`, { keyStart, keyEnd }),
      );
      skipWhitespace();
      const next = text.charAt(pos);
      if (next === '}') {
        pos++;
        return result;
      }
      if (next !== ',') fail('expectedCommaOrBrace');
      pos++;
      skipWhitespace();
      if (text.charAt(pos) === '}') fail('trailingComma');
    }
  };

  const parseArray = (pointer: string): JsonValue[] => {
    const result: JsonValue[] = [];
    pos++; // [
    skipWhitespace();
    if (text.charAt(pos) === ']') {
      pos++;
      return result;
    }
    for (;;) {
      result.push(parseValue(`${pointer}/${result.length}`));
      skipWhitespace();
      const next = text.charAt(pos);
      if (next === ']') {
        pos++;
        return result;
      }
      if (next !== ',') fail('expectedCommaOrBracket');
      pos++;
      skipWhitespace();
      if (text.charAt(pos) === ']') fail('trailingComma');
    }
  };

  try {
    skipWhitespace();
    if (pos >= text.length) throw new ParseFailure('emptyDocument', pos);
    const value = parseValue('');
    skipWhitespace();
    if (pos < text.length) fail('unexpectedAfterEnd');
    return { ok: true, value, spans };
  } catch (error) {
    if (!(error instanceof ParseFailure)) throw error;
    const { line, column } = offsetToPosition(text, error.offset);
    return {
      ok: false,
      error: {
        code: error.code,
        found: describeFound(text, error.offset),
        offset: error.offset,
        line,
        column,
      },
    };
  }
}
