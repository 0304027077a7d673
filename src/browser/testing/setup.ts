import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy chunks (charts, Monaco) load slowly on 2 busy cores; findBy* waits for them, not for speed.
configure({ asyncUtilTimeout: 5_000 });

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
