import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, i18nReady, LANGUAGE_STORAGE_KEY } from './create-i18n';

describe('createI18n', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('follows the browser language, mapping any Chinese to zh-CN', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-TW', 'en']);
    const i18n = createI18n();
    await i18nReady(i18n);
    expect(i18n.resolvedLanguage).toBe('zh-CN');
    expect(i18n.t('nav.overview')).toBe('概览');
  });

  it('loads Chinese when the picker switches to it', async () => {
    const i18n = createI18n({ language: 'en' });
    expect(i18n.t('nav.overview')).toBe('Overview');
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('nav.overview')).toBe('概览');
  });

  it('falls back to English for languages it does not have', () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['fr-FR']);
    expect(createI18n().resolvedLanguage).toBe('en');
  });

  it('prefers the stored choice over the browser and stores a new one', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh-CN');
    const i18n = createI18n();
    await i18nReady(i18n);
    expect(i18n.resolvedLanguage).toBe('zh-CN');
    await i18n.changeLanguage('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});
