import { describe, expect, it } from 'vitest';
import { bytesToLatin1, parseFileReadBody } from './file-read-body';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A `/files/read` body as Mesos writes it (jsonify without UTF-8 validation): the raw bytes in
 * the JSON string, only quote, backslash and control bytes escaped.
 */
function mesosBody(data: Uint8Array, offset: number): Uint8Array {
  const escaped = [...data].flatMap((byte) => {
    if (byte === 0x22 || byte === 0x5c) return [0x5c, byte];
    if (byte < 0x20) return [...utf8(`\\u${byte.toString(16).padStart(4, '0')}`)];
    return [byte];
  });
  return Uint8Array.from([...utf8('{"data":"'), ...escaped, ...utf8(`","offset":${offset}}`)]);
}

describe('bytesToLatin1', () => {
  it('maps every byte to the character with the same code, 0x80-0x9F included', () => {
    const all = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    const text = bytesToLatin1(all);
    expect([...text].map((char) => char.charCodeAt(0))).toEqual([...all]);
  });

  it('handles bodies longer than one conversion batch', () => {
    const bytes = new Uint8Array(20_000).fill(0xe4);
    expect(bytesToLatin1(bytes)).toBe('\u00e4'.repeat(20_000));
  });
});

describe('parseFileReadBody', () => {
  it('gives the exact bytes of a read that ends inside a multi-byte character', () => {
    const file = utf8('信息 ok\n');
    const firstRead = file.subarray(0, 4); // 信 and the first byte of 息
    const parsed = parseFileReadBody(mesosBody(firstRead, 10));
    expect([...parsed.data]).toEqual([...firstRead]);
    expect(parsed.offset).toBe(10);
  });

  it('unescapes quotes, backslashes and control bytes', () => {
    const file = utf8('say "hi"\\\t\n\u0001');
    expect([...parseFileReadBody(mesosBody(file, 0)).data]).toEqual([...file]);
  });

  it('takes a character escaped above U+00FF as its UTF-8 bytes', () => {
    const body = utf8('{"data":"a\\u4fe1b","offset":3}');
    expect(new TextDecoder().decode(parseFileReadBody(body).data)).toBe('a信b');
  });

  it('reads the size from a probe at offset -1', () => {
    const parsed = parseFileReadBody(utf8('{"data":"","offset":123456}'));
    expect(parsed.data.length).toBe(0);
    expect(parsed.offset).toBe(123456);
  });
});
