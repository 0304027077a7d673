/** A Marathon ISO timestamp in the reader's locale and time zone; unparsable text stays as is. */
export function formatIsoTime(iso: string, locale: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(time);
}
