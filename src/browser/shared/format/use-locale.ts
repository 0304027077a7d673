import { useTranslation } from 'react-i18next';

/** The UI language as a BCP 47 locale for Intl formatting. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}
