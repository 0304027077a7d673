/**
 * Cookies that repeat the language and theme the console keeps in localStorage, so the page the
 * server draws before any script (the tasks page's first rows) has them too. They hold nothing
 * else, and the proxy never forwards browser cookies upstream.
 */
export const LANGUAGE_COOKIE = 'stadium-language';
export const THEME_COOKIE = 'stadium-theme';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** Expiry in minutes, as i18next's language detector takes it. */
export const PREFERENCE_COOKIE_MINUTES = ONE_YEAR_S / 60;

export function writePreferenceCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Strict`;
}
