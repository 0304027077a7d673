import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClusterNodeStatus } from '../../../../api/cluster';
import { formatTime } from '../../../shared/format/format-time';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { DataTable } from '../../../shared/ui/data-table';
import { useMasterNode } from '../api/get-master-node';

function hostPortOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** What one master says of itself; empty while unknown or unreachable. */
function MasterFact({
  node,
  fact,
}: {
  node: ClusterNodeStatus;
  fact: 'version' | 'build' | 'started';
}) {
  const { t } = useTranslation('masters');
  const locale = useLocale();
  const { data } = useMasterNode(hostPortOf(node.url));
  if (!data) return <>—</>;
  if (fact === 'version') return <>{data.version.version}</>;
  if (fact === 'started') return <>{formatTime(data.startTime, locale)}</>;
  return (
    <>
      {t('table.buildValue', {
        date: data.version.build_date ?? '—',
        user: data.version.build_user ?? '—',
        git: data.version.git_tag ?? data.version.git_sha?.slice(0, 12) ?? '—',
      })}
    </>
  );
}

/**
 * Every master Stadium knows (from its flags or ZooKeeper), leader first: role, reachability,
 * and each one's own version, build and start; the leader also since when it leads.
 */
export function MastersTable({
  nodes,
  leaderSince,
}: {
  nodes: ClusterNodeStatus[];
  leaderSince: number | null;
}) {
  const { t } = useTranslation('masters');
  const locale = useLocale();
  const rows = [...nodes].sort((a, b) => Number(b.leader) - Number(a.leader));
  const fact = (name: 'version' | 'build' | 'started') => (node: ClusterNodeStatus) =>
    node.reachable && !node.unreadable ? <MasterFact node={node} fact={name} /> : '—';
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
        { id: 'version', header: t('table.version'), cell: fact('version') },
        { id: 'build', header: t('table.build'), cell: fact('build') },
        { id: 'started', header: t('table.started'), cell: fact('started') },
        {
          id: 'elected',
          header: t('table.elected'),
          cell: (node) => (node.leader ? formatTime(leaderSince, locale) : '—'),
        },
        {
          id: 'log',
          header: t('log.column'),
          cell: (node) => {
            if (node.unreadable) return '—';
            const hostPort = hostPortOf(node.url);
            return (
              <Link
                to={paths.masterLog.href({ node: hostPort, follow: '1' })}
                aria-label={t('log.linkOf', { node: hostPort })}
              >
                {t('log.link')}
              </Link>
            );
          },
        },
      ]}
      rows={rows}
      rowKey={(node) => node.url}
      empty={t('table.empty')}
    />
  );
}
