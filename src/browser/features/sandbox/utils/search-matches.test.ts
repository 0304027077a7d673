import { describe, expect, it } from 'vitest';
import { emptyBuffer, appendBytes } from './log-buffer';
import { logPieces } from './log-pieces';
import { findMatches, stepMatch } from './search-matches';

describe('search', () => {
  it('finds case-insensitive, non-overlapping matches', () => {
    expect(findMatches('Error error ERRORerror', 'error')).toEqual([
      { from: 0, to: 5 },
      { from: 6, to: 11 },
      { from: 12, to: 17 },
      { from: 17, to: 22 },
    ]);
    expect(findMatches('aaaa', 'aa')).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
    ]);
    expect(findMatches('信息 已处理', '处理')).toEqual([{ from: 4, to: 6 }]);
    expect(findMatches('anything', '')).toEqual([]);
  });

  it('matches exactly where lower-casing would shift indexes', () => {
    expect(findMatches('İx İx', 'x')).toEqual([
      { from: 1, to: 2 },
      { from: 4, to: 5 },
    ]);
  });

  it('steps through matches and wraps around', () => {
    expect(stepMatch(0, 3, 1)).toBe(1);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(-1, 3, 1)).toBe(0);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });

  it('numbers matches across the loaded pieces, the incomplete line included', () => {
    const buffer = appendBytes(
      emptyBuffer(0),
      new TextEncoder().encode('ab\nab ab\nxab'),
      1 << 20,
    ).buffer;
    const { pieces, count } = logPieces(buffer, 'AB');
    expect(count).toBe(4);
    expect(pieces.map((piece) => [piece.key, piece.text, piece.firstMatch])).toEqual([
      ['0', 'ab\nab ab\n', 0],
      ['pending', 'xab', 3],
    ]);
    expect(logPieces(buffer, '').count).toBe(0);
  });
});
