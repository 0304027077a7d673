import { describe, expect, it } from 'vitest';
import type { Slice } from '../../../../api/cluster-model';
import { pagesFor, windowOf } from './slice-pages';

function slice(offset: number, rows: string[], total: number): Slice<string> {
  return { offset, limit: rows.length, rows, total, generation: 1 };
}

describe('pagesFor', () => {
  it('covers the visible range with whole pages', () => {
    expect(pagesFor({ start: 0, end: 30 }, 200)).toEqual({ first: 0, last: 0 });
    expect(pagesFor({ start: 190, end: 230 }, 200)).toEqual({ first: 0, last: 1 });
    expect(pagesFor({ start: 99_990, end: 99_999 }, 200)).toEqual({ first: 499, last: 499 });
  });

  it('never goes below page 0 nor ends before it starts', () => {
    expect(pagesFor({ start: -5, end: -1 }, 200)).toEqual({ first: 0, last: 0 });
  });
});

describe('windowOf', () => {
  it('places rows at their slice offset', () => {
    const view = windowOf([
      { slice: slice(200, ['c', 'd'], 1000), placeholder: false },
      { slice: slice(0, ['a', 'b'], 1000), placeholder: false },
    ]);
    expect(view.total).toBe(1000);
    expect([0, 1, 2, 200, 201].map(view.rowAt)).toEqual(['a', 'b', undefined, 'c', 'd']);
  });

  it('prefers current rows and totals over placeholders', () => {
    const view = windowOf([
      { slice: slice(0, ['fresh'], 7), placeholder: false },
      { slice: slice(0, ['old', 'older'], 500), placeholder: true },
    ]);
    expect(view.total).toBe(7);
    expect(view.rowAt(0)).toBe('fresh');
    expect(view.rowAt(1)).toBe('older');
  });

  it('knows no total before any page arrives', () => {
    expect(windowOf<string>([]).total).toBeUndefined();
  });
});
