import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { DEFAULT_NAMESPACE, LANGUAGES, resources, type Language } from './resources';

export const LANGUAGE_STORAGE_KEY = 'stadium.language';

/**
 * A fresh i18next instance: the stored choice first, then the browser's language. Any Chinese
 * (`zh`, `zh-TW`, …) reads Simplified Chinese rather than falling through to English. Passing `language` pins it,
 * as tests do. The picker's choice is persisted by the detector's localStorage cache.
 */
export function createI18n(options: { language?: Language } = {}): i18n {
  const instance = i18next.createInstance();
  void instance.use(LanguageDetector).init({
    resources,
    lng: options.language,
    supportedLngs: LANGUAGES,
    fallbackLng: 'en',
    ns: Object.keys(resources.en),
    defaultNS: DEFAULT_NAMESPACE,
    // React escapes on render; escaping here would double-escape.
    interpolation: { escapeValue: false },
    initAsync: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (language) => (/^zh\b/i.test(language) ? 'zh-CN' : language),
    },
  });
  return instance;
}
