import { describe, expect, it } from 'vitest';
import { browserDraftStore, createDraftStore } from './draft-store';

describe('draft store', () => {
  it('keeps one draft per key in localStorage until cleared', () => {
    const store = browserDraftStore();
    expect(store.load('new')).toBeNull();
    expect(store.save('new', '{"id": "nginx"')).toBe(true);
    store.save('/prod/web', '{"id": "/prod/web"}');
    // A second store (as after a reload) reads the same drafts.
    const reloaded = browserDraftStore();
    expect(reloaded.load('new')).toBe('{"id": "nginx"');
    reloaded.clear('new');
    expect(reloaded.load('new')).toBeNull();
    expect(reloaded.load('/prod/web')).toBe('{"id": "/prod/web"}');
  });

  it('reports a refused save and survives storage that throws', () => {
    const broken = createDraftStore({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(broken.save('new', 'x')).toBe(false);
    expect(broken.load('new')).toBeNull();
    expect(() => broken.clear('new')).not.toThrow();
  });
});
