import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from './data-table';

/**
 * A master's or agent's command-line flags (`{name: value}`, every value a string as Mesos
 * writes them), filtered by name or value. The filter is the caller's, so it can live in the URL.
 */
export function FlagsTable({
  caption,
  flags,
  query,
  onQueryChange,
}: {
  caption: string;
  flags: Record<string, string>;
  query: string;
  onQueryChange: (query: string) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const all = Object.entries(flags).sort(([a], [b]) => a.localeCompare(b));
  const needle = query.trim().toLowerCase();
  const rows = needle
    ? all.filter(([name, value]) => `${name}\n${value}`.toLowerCase().includes(needle))
    : all;
  return (
    <div className="flags-table">
      <label htmlFor={inputId}>{t('flags.search')}</label>{' '}
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
