const formatters = new Map<string, Intl.DateTimeFormat>();

/** Epoch ms as a short local date and time, e.g. "5/3/26, 14:02:11"; "—" when unknown. */
export function formatTime(epochMs: number | null, locale: string): string {
  if (epochMs === null) return '—';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
    formatters.set(locale, formatter);
  }
  return formatter.format(epochMs);
}
