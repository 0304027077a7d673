import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgentDetail } from '../../../../api/cluster-model';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { DataTable } from '../../../shared/ui/data-table';

type AgentFramework = AgentDetail['frameworks'][number];

export function AgentFrameworks({ frameworks }: { frameworks: AgentDetail['frameworks'] }) {
  const { t } = useTranslation('agents');
  const locale = useLocale();
  return (
    <DataTable<AgentFramework>
      caption={t('detail.frameworks')}
      empty={t('detail.noFrameworks')}
      rows={frameworks}
      rowKey={(framework) => framework.id}
      columns={[
        {
          id: 'name',
          header: t('detail.frameworkName'),
          cell: (framework) => (
            <Link to={paths.framework.href(framework.id)}>{framework.name}</Link>
          ),
        },
        { id: 'id', header: t('columns.id'), cell: (framework) => framework.id },
        {
          id: 'activeTasks',
          header: t('detail.activeTasks'),
          numeric: true,
          cell: (framework) => formatNumber(framework.activeTasks, locale),
        },
      ]}
    />
  );
}
