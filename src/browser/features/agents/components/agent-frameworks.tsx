import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgentDetail } from '../../../../api/cluster-model';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import '../../tasks/components/data-table.css';

export function AgentFrameworks({ frameworks }: { frameworks: AgentDetail['frameworks'] }) {
  const { t } = useTranslation('agents');
  const locale = useLocale();
  if (frameworks.length === 0) return <p>{t('detail.noFrameworks')}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('detail.frameworks')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.frameworkName')}</th>
          <th scope="col">{t('columns.id')}</th>
          <th scope="col" className="data-table__number">
            {t('detail.activeTasks')}
          </th>
        </tr>
      </thead>
      <tbody>
        {frameworks.map((framework) => (
          <tr key={framework.id}>
            <th scope="row">
              <Link to={paths.framework.href(framework.id)}>{framework.name}</Link>
            </th>
            <td>{framework.id}</td>
            <td className="data-table__number">{formatNumber(framework.activeTasks, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
