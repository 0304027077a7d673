import { useTranslation } from 'react-i18next';
import type { ClusterNodeStatus } from '../../../../api/cluster';
import { DataTable } from '../../../shared/ui/data-table';

/** Every master Stadium knows (from its flags or ZooKeeper), leader first, with reachability. */
export function MastersTable({ nodes }: { nodes: ClusterNodeStatus[] }) {
  const { t } = useTranslation('masters');
  const rows = [...nodes].sort((a, b) => Number(b.leader) - Number(a.leader));
  return (
    <DataTable<ClusterNodeStatus>
      caption={t('table.caption')}
      columns={[
        { id: 'url', header: t('table.address'), cell: (node) => node.url },
        {
          id: 'role',
          header: t('table.role'),
          cell: (node) => t(node.leader ? 'role.leader' : 'role.standby'),
        },
        {
          id: 'reachable',
          header: t('table.reachable'),
          cell: (node) =>
            node.unreadable
              ? t('reach.unreadable')
              : node.reachable
                ? t('reach.yes')
                : t('reach.no', { error: node.error ?? '' }),
        },
      ]}
      rows={rows}
      rowKey={(node) => node.url}
      empty={t('table.empty')}
    />
  );
}
