import { useTranslation } from 'react-i18next';
import type { ResourceSet } from '../../../../api/cluster-model';
import { formatResource } from '../../../shared/format/format-resource';
import { useLocale } from '../../../shared/format/use-locale';
import { RESOURCE_NAMES } from '../../../shared/resources/resource-names';
import { DataTable } from '../../../shared/ui/data-table';

/** Static and dynamic reservations on the agent, one row per role. */
export function AgentReserved({ reserved }: { reserved: Record<string, ResourceSet> }) {
  const { t } = useTranslation('agents');
  const { t: tOverview } = useTranslation('overview');
  const locale = useLocale();
  const rows = Object.entries(reserved).sort(([a], [b]) => a.localeCompare(b));
  return (
    <DataTable<[string, ResourceSet]>
      caption={t('detail.reserved')}
      columns={[
        { id: 'role', header: t('detail.role'), cell: ([role]) => role },
        ...RESOURCE_NAMES.map((name) => ({
          id: name,
          header: tOverview(`resources.${name}`),
          numeric: true,
          cell: ([, resources]: [string, ResourceSet]) =>
            formatResource(name, resources[name], locale),
        })),
      ]}
      rows={rows}
      rowKey={([role]) => role}
      empty={t('detail.noReserved')}
    />
  );
}
