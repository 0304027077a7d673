import { describe, expect, it } from 'vitest';
import { markersForPathErrors } from './server-markers';
import { spansOf } from '../../../testing/test-documents';

describe('markersForPathErrors', () => {
  const text = '{\n  "id": "x",\n  "cpus": -1\n}';

  it('marks each error at its property, and names the path when only a parent could be marked', () => {
    expect(
      markersForPathErrors(text, spansOf(text), [
        { pointer: '/cpus', field: '/cpus', messages: ['must be positive', 'is too small'] },
        { pointer: '/upgradeStrategy/minimumHealthCapacity', messages: ['is greater than 1'] },
      ]),
    ).toEqual([
      {
        startLineNumber: 3,
        startColumn: 3,
        endLineNumber: 3,
        endColumn: 13,
        exact: true,
        message: 'must be positive; is too small',
      },
      {
        startLineNumber: 1,
        startColumn: 1,
        endLineNumber: 4,
        endColumn: 2,
        exact: false,
        message: '/upgradeStrategy/minimumHealthCapacity: is greater than 1',
      },
    ]);
  });
});
