import { describe, expect, it } from 'vitest';
import { APP_FIXTURES } from '../../../testing/app-definition-fixtures';
import { offsetToPosition, parseJson } from './json-parser';

const BLOG_PASTE =
  '{ "id":"nginx", "cpus":0.2, "mem":32.0, "instances": 1, "constraints": [["hostname""UNIQUE",""]], "container": { "type":"DOCKER", "docker": { "image""docker.io/nginx", "network""BRIDGE", "portMappings": [ {"containerPort": 80, "hostPort": 0,"servicePort": 0, "protocol""tcp" } ] } } }';

function errorOf(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a parse error');
  return result.error;
}

describe('parseJson', () => {
  it.each(APP_FIXTURES)('reads $name exactly as JSON.parse does', ({ text }) => {
    const result = parseJson(text);
    expect(result.ok && result.value).toEqual(JSON.parse(text));
  });

  it.each([
    '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u4e2d"',
    '[-0, 1.5e3, 2E-2, 0.25, -12]',
    '{"": {"~/": [true, false, null]}}',
    '  {"中文": "值", "emoji": "😀"}  ',
    '[]',
    '{}',
  ])('reads %s exactly as JSON.parse does', (text) => {
    const result = parseJson(text);
    expect(result.ok && result.value).toEqual(JSON.parse(text));
  });

  it('keeps a "__proto__" key as an own property instead of changing the prototype', () => {
    const result = parseJson('{"__proto__": {"polluted": true}}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it("points at the first missing ':' in the nginx definition pasted from the blog", () => {
    const error = errorOf(BLOG_PASTE);
    const offset = BLOG_PASTE.indexOf('"UNIQUE"');
    expect(error).toEqual({
      code: 'expectedCommaOrBracket',
      found: '"',
      offset,
      line: 1,
      column: offset + 1,
    });
  });

  it("reports a missing ':' after a property name with its line and column", () => {
    const text = '{\n  "id": "nginx",\n  "image" "docker.io/nginx"\n}';
    expect(errorOf(text)).toMatchObject({ code: 'expectedColon', line: 3, column: 11, found: '"' });
  });

  it.each([
    ['', 'emptyDocument', 1, 1],
    ['{"id": "x",}', 'trailingComma', 1, 12],
    ['[1, 2,]', 'trailingComma', 1, 7],
    ['{"id": "x"', 'unexpectedEnd', 1, 11],
    ['{"id": \'x\'}', 'expectedValue', 1, 8],
    ['{id: 1}', 'expectedPropertyName', 1, 2],
    ['{"a": 1 "b": 2}', 'expectedCommaOrBrace', 1, 9],
    ['{"a": "no end\n}', 'unterminatedString', 1, 7],
    ['{"a": "bad \\x escape"}', 'invalidEscape', 1, 12],
    ['{"a": 01}', 'invalidNumber', 1, 7],
    ['{"a": 1.}', 'invalidNumber', 1, 7],
    ['{"a": tru}', 'expectedValue', 1, 7],
    ['{"a": 1} {"b": 2}', 'unexpectedAfterEnd', 1, 10],
    ['{"a": "tab\there"}', 'controlCharacterInString', 1, 11],
  ])('reports %j as %s at %i:%i', (text, code, line, column) => {
    expect(errorOf(text)).toMatchObject({ code, line, column });
  });

  it('describes what it found: a word, a character, or the end of the input', () => {
    expect(errorOf('{"a": undefined}').found).toBe('undefined');
    expect(errorOf('{"a": 1').found).toBe('end of input');
    expect(errorOf('{"a" 1}').found).toBe('1');
  });

  it('records the span of every value and of each property key', () => {
    const text = '{\n  "container": {"portMappings": [{"hostPort": 31030}]}\n}';
    const result = parseJson(text);
    if (!result.ok) throw new Error('should parse');
    const span = result.spans.get('/container/portMappings/0/hostPort');
    expect(span && text.slice(span.start, span.end)).toBe('31030');
    expect(span && text.slice(span.keyStart, span.keyEnd)).toBe('"hostPort"');
    expect(result.spans.get('')).toEqual({ start: 0, end: text.length });
  });

  it('escapes "/" and "~" in pointers to keys', () => {
    const result = parseJson('{"labels": {"a/b~c": "v"}}');
    expect(result.ok && [...result.spans.keys()]).toContain('/labels/a~1b~0c');
  });
});

describe('offsetToPosition', () => {
  it('counts lines and 1-based columns', () => {
    expect(offsetToPosition('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(offsetToPosition('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
