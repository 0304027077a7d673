import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { appEditor } from './i18n/en';

export const APP_EDITOR_NAMESPACE = 'appEditor';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type AppEditorKey = Leaves<typeof appEditor>;
export type AppEditorT = (key: AppEditorKey, values?: Record<string, string | number>) => string;

/**
 * `t` for the `appEditor` namespace, typed by the English resource itself so keys are checked
 * whether or not the namespace is part of the app-wide i18next type registry.
 */
export function useAppEditorTranslation(): AppEditorT {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    // The app-wide registry types only its own namespaces; keys here are checked by AppEditorKey.
    const fixed = i18n.getFixedT(language, APP_EDITOR_NAMESPACE as never);
    return (key, values) => String(fixed(key as never, values as never));
  }, [i18n, language]);
}
