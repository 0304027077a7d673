export const SHORTCUTS_STORAGE_KEY = 'stadium.shortcuts';

/**
 * Single-key shortcuts can collide with speech input and screen-reader keys (WCAG 2.1.4), so an
 * operator can turn them off; they are on unless turned off.
 */
export function readShortcutsEnabled(): boolean {
  return window.localStorage.getItem(SHORTCUTS_STORAGE_KEY) !== 'off';
}

export function saveShortcutsEnabled(enabled: boolean): void {
  if (enabled) window.localStorage.removeItem(SHORTCUTS_STORAGE_KEY);
  else window.localStorage.setItem(SHORTCUTS_STORAGE_KEY, 'off');
}
