import type { IncomingHttpHeaders } from 'node:http';
import { languageOfTag, LANGUAGES, type Language } from '../../browser/i18n/resources';
import { LANGUAGE_COOKIE, THEME_COOKIE } from '../../browser/shared/preference-cookies';
import { readCookie } from '../access/sessions';

/** Accept-Language's tags, most wanted first (ties keep their order). */
function acceptedTags(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The console's language for this request: its stored choice, else the browser's. */
export function pageLanguage(headers: IncomingHttpHeaders): Language {
  const chosen = readCookie(headers.cookie, LANGUAGE_COOKIE);
  const fromCookie = chosen === undefined ? undefined : LANGUAGES.find((l) => l === chosen);
  if (fromCookie) return fromCookie;
  for (const tag of acceptedTags(headers['accept-language'])) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return 'en';
}

/** A pinned theme, as `data-theme` on <html> carries it; undefined follows the system. */
export function pageTheme(headers: IncomingHttpHeaders): 'light' | 'dark' | undefined {
  const theme = readCookie(headers.cookie, THEME_COOKIE);
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}
