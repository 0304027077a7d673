import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchWriter } from '../url/use-search-writer';
import { DataTable } from './data-table';

/**
 * A master's or agent's command-line flags (`{name: value}`, every value a string as Mesos
 * writes them), filtered by name or value; the filter is in the URL (`?flags=`, or `param` where
 * a page shows two tables).
 */
export function FlagsTable({
  caption,
  flags,
  param = 'flags',
  searchLabel,
}: {
  caption: string;
  flags: Record<string, string>;
  param?: string;
  /** Default "Search flags"; a page with two tables names each search. */
  searchLabel?: string;
}) {
  const { t } = useTranslation();
  const [search, write] = useSearchWriter();
  const query = search.get(param) ?? '';
  const onQueryChange = (next: string) =>
    write((params) => {
      if (next) params.set(param, next);
      else params.delete(param);
      return params;
    });
  const inputId = useId();
  const all = Object.entries(flags).sort(([a], [b]) => a.localeCompare(b));
  const needle = query.trim().toLowerCase();
  const rows = needle
    ? all.filter(([name, value]) => `${name}\n${value}`.toLowerCase().includes(needle))
    : all;
  return (
    <div className="flags-table">
      <label htmlFor={inputId}>{searchLabel ?? t('flags.search')}</label>{' '}
      <input
        id={inputId}
        className="control"
        type="search"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
      />{' '}
      <span role="status">{t('flags.count', { shown: rows.length, total: all.length })}</span>
      <DataTable
        caption={caption}
        columns={[
          { id: 'name', header: t('flags.name'), cell: ([name]) => <code>{name}</code> },
          { id: 'value', header: t('flags.value'), cell: ([, value]) => <code>{value}</code> },
        ]}
        rows={rows}
        rowKey={([name]) => name}
        empty={t('flags.none', { query })}
      />
    </div>
  );
}
