import { formatNumber } from './format-number';

const UNITS = ['MB', 'GB', 'TB', 'PB'] as const;

/**
 * Mesos reports mem and disk in megabytes (MiB); show them in the largest binary unit that keeps
 * the number >= 1, with Mesos' own unit names (4096 -> "4 GB").
 */
export function formatMegabytes(megabytes: number, locale: string): string {
  let value = megabytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, locale, 1)} ${UNITS[unit] ?? 'MB'}`;
}
