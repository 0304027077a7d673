import { describe, expect, it } from 'vitest';
import { GeneratedLog } from './generated-log';
import type { LogSpec } from './generated-log';

const spec: LogSpec = {
  header: 'header line\n',
  templates: [(seq, iso) => `${iso} ascii ${seq}\n`, (seq, iso) => `${iso} 你好 ${seq}\n`],
  intervalMs: 5_000,
};

function wholeFile(lines: number): Uint8Array {
  const log = new GeneratedLog(spec, 0);
  return log.read(0, log.size(lines), lines);
}

describe('GeneratedLog', () => {
  it('writes one line per interval after the header', () => {
    const log = new GeneratedLog(spec, 1_000);
    expect(log.lineCount(1_000)).toBe(0);
    expect(log.lineCount(6_000)).toBe(1);
    expect(log.lineCount(16_000)).toBe(3);
    const text = new TextDecoder().decode(log.read(0, 1_000, 3));
    expect(text).toBe(
      'header line\n' +
        '1970-01-01T00:00:06.000Z ascii 00000001\n' +
        '1970-01-01T00:00:11.000Z 你好 00000002\n' +
        '1970-01-01T00:00:16.000Z ascii 00000003\n',
    );
  });

  it('serves any byte range exactly as the whole file has it, splitting multi-byte characters', () => {
    const lines = 7;
    const all = wholeFile(lines);
    expect(all.length).toBe(new GeneratedLog(spec, 0).size(lines));
    const log = new GeneratedLog(spec, 0);
    for (let offset = 0; offset < all.length; offset += 7) {
      for (const length of [1, 3, 50, 1_000]) {
        expect(log.read(offset, length, lines)).toEqual(all.subarray(offset, offset + length));
      }
    }
  });

  it('reads nothing at or past the end', () => {
    const log = new GeneratedLog(spec, 0);
    expect(log.read(log.size(2), 10, 2).length).toBe(0);
  });
});
