import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrameworkRow, FrameworkStatus } from '../../../../api/cluster-model';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { DataTable, type DataColumn } from '../../../shared/ui/data-table';
import { RESOURCE_NAMES } from '../../../shared/resources/resource-names';
import { formatResource } from '../../../shared/format/format-resource';
import { formatTime } from '../../../shared/format/format-time';

/** One list of frameworks (a master keeps a few hundred at most: a plain table). */
export function FrameworksTable({
  status,
  frameworks,
}: {
  status: FrameworkStatus;
  frameworks: FrameworkRow[];
}) {
  const { t } = useTranslation('frameworks');
  const { t: tOverview } = useTranslation('overview');
  const locale = useLocale();
  const completed = status === 'completed';
  const columns: DataColumn<FrameworkRow>[] = [
    {
      id: 'name',
      header: t('columns.name'),
      cell: (framework) => <Link to={paths.framework.href(framework.id)}>{framework.name}</Link>,
    },
    { id: 'id', header: t('columns.id'), cell: (framework) => framework.id },
    { id: 'host', header: t('columns.host'), cell: (framework) => framework.hostname ?? '—' },
    { id: 'user', header: t('columns.user'), cell: (framework) => framework.user ?? '—' },
    {
      id: 'roles',
      header: t('columns.roles'),
      cell: (framework) => framework.roles.join(', ') || '—',
    },
    {
      id: 'time',
      header: t(completed ? 'columns.unregistered' : 'columns.registered'),
      cell: (framework) =>
        formatTime(completed ? framework.unregisteredTime : framework.registeredTime, locale),
    },
    {
      id: 'activeTasks',
      header: t('columns.activeTasks'),
      numeric: true,
      cell: (framework) => formatNumber(framework.taskCounts.active, locale),
    },
    ...RESOURCE_NAMES.map((name): DataColumn<FrameworkRow> => ({
      id: name,
      header: tOverview(`resources.${name}`),
      numeric: true,
      cell: (framework) => formatResource(name, framework.used[name], locale),
    })),
  ];
  return (
    <DataTable
      caption={t(`tabs.${status}`)}
      empty={t(`empty.${status}`)}
      rows={frameworks}
      rowKey={(framework) => framework.id}
      columns={columns}
    />
  );
}
