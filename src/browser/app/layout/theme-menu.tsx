import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceMenu } from '../../shared/ui/choice-menu';
import {
  readThemePreference,
  saveThemePreference,
  THEME_PREFERENCES,
  type ThemePreference,
} from '../theme/theme-preference';

export function ThemeMenu() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState(readThemePreference);
  const choices = THEME_PREFERENCES.map((value) => ({ value, label: t(`theme.${value}`) }));
  const change = (next: ThemePreference) => {
    saveThemePreference(next);
    setTheme(next);
  };
  return (
    <ChoiceMenu
      title={t('theme.label')}
      triggerLabel={t('menuTrigger', { label: t('theme.label'), value: t(`theme.${theme}`) })}
      icon="◐"
      value={theme}
      choices={choices}
      onChange={change}
    />
  );
}
