import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/resources';
import { ChoiceMenu } from '../../shared/ui/choice-menu';

/** Languages are listed by their own names, so anyone can find theirs. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const current = LANGUAGES.find((language) => language === i18n.resolvedLanguage) ?? 'en';
  const choices = LANGUAGES.map((value) => ({ value, label: t(`language.${value}`), lang: value }));
  const change = (language: Language) => void i18n.changeLanguage(language);
  return (
    <ChoiceMenu
      title={t('language.label')}
      triggerLabel={t('menuTrigger', {
        label: t('language.label'),
        value: t(`language.${current}`),
      })}
      value={current}
      choices={choices}
      onChange={change}
    />
  );
}
