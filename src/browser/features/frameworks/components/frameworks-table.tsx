import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrameworkRow, FrameworkStatus } from '../../../../api/cluster-model';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { RESOURCE_NAMES } from '../../overview/utils/cluster-totals';
import { formatResource } from '../../overview/utils/format-resource';
import { formatTime } from '../../tasks/utils/format-time';
import '../../tasks/components/data-table.css';

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
  if (frameworks.length === 0) return <p>{t(`empty.${status}`)}</p>;
  const timeOf = (framework: FrameworkRow) =>
    status === 'completed' ? framework.unregisteredTime : framework.registeredTime;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t(`tabs.${status}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columns.name')}</th>
          <th scope="col">{t('columns.id')}</th>
          <th scope="col">{t('columns.host')}</th>
          <th scope="col">{t('columns.user')}</th>
          <th scope="col">{t('columns.roles')}</th>
          <th scope="col">
            {t(status === 'completed' ? 'columns.unregistered' : 'columns.registered')}
          </th>
          <th scope="col" className="data-table__number">
            {t('columns.activeTasks')}
          </th>
          {RESOURCE_NAMES.map((name) => (
            <th key={name} scope="col" className="data-table__number">
              {tOverview(`resources.${name}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {frameworks.map((framework) => (
          <tr key={framework.id}>
            <th scope="row">
              <Link to={paths.framework.href(framework.id)}>{framework.name}</Link>
            </th>
            <td>{framework.id}</td>
            <td>{framework.hostname ?? '—'}</td>
            <td>{framework.user ?? '—'}</td>
            <td>{framework.roles.join(', ') || '—'}</td>
            <td>{formatTime(timeOf(framework), locale)}</td>
            <td className="data-table__number">
              {formatNumber(framework.taskCounts.active, locale)}
            </td>
            {RESOURCE_NAMES.map((name) => (
              <td key={name} className="data-table__number">
                {formatResource(name, framework.used[name], locale)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
