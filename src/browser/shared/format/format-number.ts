import { numberFormat } from './intl-formats';

/** Up to `maxFractionDigits` decimals, grouped for the given locale (e.g. 1,234.5). */
export function formatNumber(value: number, locale: string, maxFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** `part` as a whole-number share of `total`; 0 % when there is no total. */
export function formatShare(part: number, total: number, locale: string): string {
  const fraction = total > 0 ? part / total : 0;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
