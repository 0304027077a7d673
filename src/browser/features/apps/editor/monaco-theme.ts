import { useColorScheme } from '../../../shared/theme/use-color-scheme';

/** Monaco draws with its own themes; follow the console's light or dark scheme. */
export function useMonacoTheme(): 'vs' | 'vs-dark' {
  return useColorScheme() === 'dark' ? 'vs-dark' : 'vs';
}
