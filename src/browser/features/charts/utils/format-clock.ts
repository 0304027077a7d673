import { dateTimeFormat } from '../../../shared/format/intl-formats';

/** A chart tick: local wall-clock time, e.g. "14:05". */
export function formatClock(epochMs: number, locale: string): string {
  return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(epochMs);
}
