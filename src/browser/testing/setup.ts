import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Radix positions menus with ResizeObserver, which jsdom lacks; sizes are irrelevant in jsdom.
class NoopResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver;

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});
