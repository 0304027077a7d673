const formatters = new Map<string, Intl.DateTimeFormat>();

/** A chart tick: local wall-clock time, e.g. "14:05". */
export function formatClock(epochMs: number, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    formatters.set(locale, formatter);
  }
  return formatter.format(epochMs);
}
