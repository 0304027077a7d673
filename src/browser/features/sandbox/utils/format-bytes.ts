import { formatNumber } from '../../../shared/format/format-number';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** A file size in the largest binary unit that keeps the number >= 1 (1536 -> "1.5 KiB"). */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, locale, unit === 0 ? 0 : 1)} ${UNITS[unit] ?? 'B'}`;
}
