import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../api/access';
import { formatTime } from '../../../shared/format/format-time';
import { useLocale } from '../../../shared/format/use-locale';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { DataTable, type DataColumn } from '../../../shared/ui/data-table';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { FilterField } from '../../../shared/ui/virtual-table/filter-field';
import { TableToolbar } from '../../../shared/ui/virtual-table/table-toolbar';
import { useAudit, type AuditFilters } from '../api/get-audit';

const FILTERS = ['user', 'target'] as const;

/** The audit trail for operators; `?user=` and `?target=` hold the filters, so a view is a link. */
export function AuditRoute() {
  const { t } = useTranslation('audit');
  const locale = useLocale();
  const [search, write] = useSearchWriter();
  const filters: AuditFilters = {};
  for (const name of FILTERS) {
    const value = search.get(name);
    if (value) filters[name] = value;
  }
  const audit = useAudit(filters);
  const setFilter = (name: (typeof FILTERS)[number], value: string) =>
    write((current) => {
      if (value.trim() === '') current.delete(name);
      else current.set(name, value.trim());
      return current;
    });

  const columns: DataColumn<AuditEntry>[] = [
    {
      id: 'time',
      header: t('columns.time'),
      cell: (entry) => (
        <time dateTime={entry.time}>{formatTime(Date.parse(entry.time), locale)}</time>
      ),
    },
    { id: 'user', header: t('columns.user'), cell: (entry) => entry.user ?? t('anonymous') },
    { id: 'address', header: t('columns.address'), cell: (entry) => entry.address },
    {
      id: 'request',
      header: t('columns.request'),
      cell: (entry) => (
        <code>
          {entry.method} {entry.path}
        </code>
      ),
    },
    { id: 'target', header: t('columns.target'), cell: (entry) => entry.target ?? '' },
    { id: 'status', header: t('columns.status'), cell: (entry) => entry.status, numeric: true },
  ];

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      <div role="search" aria-label={t('filters')}>
        <TableToolbar>
          <FilterField
            label={t('user')}
            value={filters.user ?? ''}
            onChange={(value) => setFilter('user', value)}
            pageSearch
          />
          <FilterField
            label={t('target')}
            value={filters.target ?? ''}
            onChange={(value) => setFilter('target', value)}
          />
        </TableToolbar>
      </div>
      <QueryFeedback
        isPending={audit.isPending}
        error={audit.error}
        hasData={audit.data !== undefined}
      />
      {audit.data && (
        <DataTable
          caption={t('table')}
          columns={columns}
          rows={audit.data.entries}
          rowKey={(entry, index) => `${entry.time}-${index}`}
          empty={t('empty')}
        />
      )}
    </>
  );
}
