import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useColorScheme } from './use-color-scheme';

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('useColorScheme', () => {
  it('follows the theme pinned on <html> as it changes', async () => {
    const { result } = renderHook(() => useColorScheme());
    expect(result.current).toBe('light');
    await act(async () => {
      document.documentElement.dataset.theme = 'dark';
      // MutationObserver callbacks run as microtasks.
      await Promise.resolve();
    });
    expect(result.current).toBe('dark');
  });
});
