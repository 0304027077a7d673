import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Keeps <html lang> on the UI language, for screen readers and CJK font selection. */
export function useDocumentLanguage(): void {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
