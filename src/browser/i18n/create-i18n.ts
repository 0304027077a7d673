import i18next, { type BackendModule, type i18n, type ResourceLanguage } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { LANGUAGE_COOKIE, PREFERENCE_COOKIE_MINUTES } from '../shared/preference-cookies';
import {
  DEFAULT_NAMESPACE,
  en,
  languageOfTag,
  LANGUAGES,
  type Language,
  type resources,
} from './resources';

export const LANGUAGE_STORAGE_KEY = 'stadium.language';

type Bundle = (typeof resources)[Language];

/** Languages besides English, each its own chunk: a console in English never downloads them. */
const LOAD_BUNDLE: Record<Exclude<Language, 'en'>, () => Promise<Bundle>> = {
  'zh-CN': () => import('./resources-zh-CN').then((module) => module.zhCN),
};

/** Reads a language's namespaces from its chunk when i18next first needs them. */
const bundleLoader: BackendModule = {
  type: 'backend',
  init: () => {},
  read(language, namespace, callback) {
    const load = LOAD_BUNDLE[language as keyof typeof LOAD_BUNDLE];
    if (load === undefined) return callback(null, {});
    load().then(
      (bundle) => callback(null, bundle[namespace as keyof Bundle] as ResourceLanguage),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * A fresh i18next instance: the stored choice first, then the browser's language. Any Chinese
 * (`zh`, `zh-TW`, …) reads Simplified Chinese rather than falling through to English. Passing
 * `language` pins it, as tests do; `bundles` hands over languages already loaded (tests pass all
 * of them, so rendering never waits). Otherwise a language other than English loads its chunk
 * first: wait for `i18nReady` before rendering. The picker's choice is persisted by the
 * detector's localStorage cache.
 */
export function createI18n(
  options: { language?: Language; bundles?: Partial<Record<Language, Bundle>> } = {},
): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(LanguageDetector)
    .use(bundleLoader)
    .init({
      resources: { en, ...options.bundles },
      // Languages missing from `resources` come from the backend.
      partialBundledLanguages: true,
      lng: options.language,
      supportedLngs: LANGUAGES,
      fallbackLng: 'en',
      ns: Object.keys(en),
      defaultNS: DEFAULT_NAMESPACE,
      // React escapes on render; escaping here would double-escape.
      interpolation: { escapeValue: false },
      initAsync: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        // The cookie tells the server, which draws the tasks page's first rows in this language.
        caches: ['localStorage', 'cookie'],
        lookupCookie: LANGUAGE_COOKIE,
        cookieMinutes: PREFERENCE_COOKIE_MINUTES,
        cookieOptions: { path: '/', sameSite: 'strict' },
        convertDetectedLanguage: (tag) => languageOfTag(tag) ?? tag,
      },
    });
  return instance;
}

/** Resolves once the instance's language has its strings (at once for English). */
export function i18nReady(instance: i18n): Promise<void> {
  if (instance.isInitialized) return Promise.resolve();
  return new Promise((resolve) => instance.on('initialized', () => resolve()));
}
