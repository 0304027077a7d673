import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { appEditor as en } from '../features/apps/editor/i18n/en';
import { appEditor as zhCN } from '../features/apps/editor/i18n/zh-CN';
import { APP_EDITOR_NAMESPACE } from '../features/apps/editor/use-app-editor-translation';

/** Renders with an i18next instance holding only the editor's namespace (test support). */
export function renderWithEditorI18n(ui: ReactElement, language: 'en' | 'zh-CN' = 'en') {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { [APP_EDITOR_NAMESPACE]: en }, 'zh-CN': { [APP_EDITOR_NAMESPACE]: zhCN } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const user = userEvent.setup();
  return { user, i18n, ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>) };
}
