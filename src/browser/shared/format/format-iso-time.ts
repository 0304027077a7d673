import { dateTimeFormat } from './intl-formats';

/** A Marathon ISO timestamp in the reader's locale and time zone; unparsable text stays as is. */
export function formatIsoTime(iso: string, locale: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(time);
}
