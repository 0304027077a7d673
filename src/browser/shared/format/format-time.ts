import { dateTimeFormat, relativeTimeFormat } from './intl-formats';

/** Epoch ms as a short local date and time, e.g. "5/3/26, 14:02:11"; "—" when unknown. */
export function formatTime(epochMs: number | null, locale: string): string {
  if (epochMs === null) return '—';
  return dateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }).format(epochMs);
}

/** How long ago, in the largest unit that fits: "45 seconds ago", "3 minutes ago", "2 hours ago". */
export function formatAge(ageMs: number, locale: string): string {
  const formatter = relativeTimeFormat(locale, { numeric: 'always' });
  const seconds = Math.max(0, Math.round(ageMs / 1000));
  if (seconds < 90) return formatter.format(-seconds, 'second');
  if (seconds < 90 * 60) return formatter.format(-Math.round(seconds / 60), 'minute');
  return formatter.format(-Math.round(seconds / 3600), 'hour');
}
