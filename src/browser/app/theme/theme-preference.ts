import { THEME_COOKIE, writePreferenceCookie } from '../../shared/preference-cookies';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export const THEME_STORAGE_KEY = 'stadium.theme';

function isThemePreference(value: string | null): value is ThemePreference {
  return THEME_PREFERENCES.some((theme) => theme === value);
}

export function readThemePreference(): ThemePreference {
  const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
  return isThemePreference(stored) ? stored : 'system';
}

/**
 * `system` leaves the choice to prefers-color-scheme; light or dark pins `color-scheme` through
 * data-theme on <html> (see global.css).
 */
export function applyThemePreference(theme: ThemePreference): void {
  // The server reads it to draw its first rows in this theme.
  writePreferenceCookie(THEME_COOKIE, theme);
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function saveThemePreference(theme: ThemePreference): void {
  window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  applyThemePreference(theme);
}
