/**
 * Marks rows the server drew into the page before any script ran (the tasks page). The console
 * renders into #root behind them, laid out but unseen (global.css), and hands over once its own
 * rows are in: the page never goes from rows back to "Loading…". The server imports this file:
 * it stays free of React and of the DOM at load.
 */
export const FIRST_ROWS_ATTRIBUTE = 'data-first-rows';

/** On #root while the server's rows show in its place. */
export const BEHIND_FIRST_ROWS_ATTRIBUTE = 'data-behind-first-rows';

/**
 * Metas the server puts first in <head> of a page with first rows, in place of the console's
 * entry script and the modules it preloads: the preload script loads them once the rows are
 * painted (console-after-first-paint.ts).
 */
export const CONSOLE_ENTRY_META = 'stadium-console-entry';
export const CONSOLE_MODULE_META = 'stadium-console-module';

/** However the page fares, the console shows itself this long after it started rendering. */
export const FIRST_ROWS_LIMIT_MS = 3_000;

/** Removes the server's rows and shows the console. Idempotent. */
export function handOffFirstRows(): void {
  document.querySelector(`[${FIRST_ROWS_ATTRIBUTE}]`)?.remove();
  document.getElementById('root')?.removeAttribute(BEHIND_FIRST_ROWS_ATTRIBUTE);
}
