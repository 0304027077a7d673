import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFrameworks } from '../../../shared/api/get-frameworks';
import { useOperatorApi } from '../../../shared/api/get-mesos-version';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { DataTable, type DataColumn } from '../../../shared/ui/data-table';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { UrlFilterField } from '../../../shared/ui/virtual-table/url-filter-field';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { useCanWrite, WriteControl } from '../../session';
import { useQuota } from '../api/get-quota';
import { useRoles } from '../api/get-roles';
import { QuotaDialog } from '../components/quota-dialog';
import { ResourceSummary } from '../components/resource-summary';
import { WeightDialog } from '../components/weight-dialog';
import { roleRows, type RoleRow } from '../utils/role-rows';
import '../../../shared/ui/button.css';
import './roles-route.css';

type RoleDialog = 'weight' | 'quota';

/**
 * The master's roles as a tree with weights, quota and usage. `?q=` filters by name (keeping
 * each match's parents), `?dialog=weight|quota&role=` is the open change.
 */
export function RolesRoute() {
  const { t } = useTranslation('roles');
  const locale = useLocale();
  const roles = useRoles();
  const quota = useQuota();
  const frameworks = useFrameworks();
  const api = useOperatorApi();
  const canWrite = useCanWrite();
  const [search, write] = useSearchWriter();
  const query = search.get('q') ?? '';
  const dialogParam = search.get('dialog');
  const dialog: RoleDialog | undefined =
    dialogParam === 'weight' || dialogParam === 'quota' ? dialogParam : undefined;
  const dialogRole = search.get('role');

  const rows = roleRows(roles.data?.roles ?? [], quota.data);
  const needle = query.trim().toLowerCase();
  const matches = rows.filter((row) => row.name.toLowerCase().includes(needle));
  const shown = rows.filter((row) =>
    matches.some((match) => match.name === row.name || match.name.startsWith(`${row.name}/`)),
  );
  const target = rows.find((row) => row.name === dialogRole && !row.implicit);

  const frameworkNames = new Map(
    [
      ...(frameworks.data?.active ?? []),
      ...(frameworks.data?.inactive ?? []),
      ...(frameworks.data?.completed ?? []),
    ].map((framework) => [framework.id, framework.name]),
  );
  const open = (next: RoleDialog, role: string) =>
    write(
      (current) => {
        current.set('dialog', next);
        current.set('role', role);
        return current;
      },
      { push: true },
    );
  const close = () =>
    write((current) => {
      current.delete('dialog');
      current.delete('role');
      return current;
    });
  const resourcesColumn = (
    id: 'guarantee' | 'limit' | 'consumed' | 'allocated' | 'reserved' | 'offered',
    empty?: string,
  ): DataColumn<RoleRow> => ({
    id,
    header: t(`columns.${id}`),
    cell: (row) =>
      row.implicit ? t('none') : <ResourceSummary resources={row[id]} empty={empty} />,
  });

  const columns: DataColumn<RoleRow>[] = [
    {
      id: 'role',
      header: t('columns.role'),
      cell: (row) => (
        <span className="roles-tree__name" style={{ paddingInlineStart: `${row.depth * 1.25}rem` }}>
          <span aria-hidden="true">{row.leaf}</span>
          <span className="visually-hidden">{row.name}</span>
          {row.implicit && <span className="roles-tree__implicit"> ({t('implicit')})</span>}
        </span>
      ),
    },
    {
      id: 'weight',
      header: t('columns.weight'),
      numeric: true,
      cell: (row) => (row.weight === null ? t('none') : formatNumber(row.weight, locale, 3)),
    },
    resourcesColumn('guarantee'),
    resourcesColumn('limit', t('noLimit')),
    resourcesColumn('consumed'),
    resourcesColumn('allocated'),
    resourcesColumn('reserved'),
    resourcesColumn('offered'),
    {
      id: 'frameworks',
      header: t('columns.frameworks'),
      cell: (row) =>
        row.frameworks.length === 0 ? (
          t('none')
        ) : (
          <ul className="roles-frameworks">
            {row.frameworks.map((id) => (
              <li key={id}>
                <Link to={paths.framework.href(id)}>{frameworkNames.get(id) ?? id}</Link>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  const actions: DataColumn<RoleRow> = {
    id: 'actions',
    header: t('columns.actions'),
    cell: (row) =>
      row.implicit ? null : (
        <span className="roles-actions">
          {api?.v1 !== false && (
            <button
              type="button"
              className="button"
              aria-label={t('editWeight', { role: row.name })}
              onClick={() => open('weight', row.name)}
            >
              {t('weightButton')}
            </button>
          )}
          {row.name !== '*' && (
            <button
              type="button"
              className="button"
              aria-label={t('editQuota', { role: row.name })}
              onClick={() => open('quota', row.name)}
            >
              {t('quotaButton')}
            </button>
          )}
        </span>
      ),
  };

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      {api && !api.v1 && <p>{t('weight.unsupported', { version: api.version })}</p>}
      <UrlFilterField label={t('filter')} />
      <QueryFeedback
        isPending={roles.isPending}
        error={roles.error}
        hasData={roles.data !== undefined}
      />
      {roles.data && (
        <DataTable
          caption={t('table')}
          columns={canWrite ? [...columns, actions] : columns}
          rows={shown}
          rowKey={(row) => row.name}
          empty={t('empty')}
        />
      )}
      <WriteControl>
        {dialog === 'weight' && target && (
          <WeightDialog role={target.name} weight={target.weight ?? 1} onClose={close} />
        )}
        {dialog === 'quota' && target && api && (
          <QuotaDialog row={target} api={api} onClose={close} />
        )}
      </WriteControl>
    </>
  );
}
