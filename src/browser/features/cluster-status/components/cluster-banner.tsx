import { useTranslation } from 'react-i18next';
import type { ClusterSide } from '../../../../api/cluster';
import { useClusterStatus } from '../api/get-cluster-status';
import { sideHealth, type SideHealth } from '../utils/side-health';
import './cluster-banner.css';

/**
 * Alerts when a side has no leader or its leader does not answer, and when Stadium itself stops
 * answering. The other side's views keep working, and the banner says so.
 */
export function ClusterBanner() {
  const { data, error } = useClusterStatus();
  const mesos = data && sideHealth(data.mesos);
  const marathon = data && sideHealth(data.marathon);
  return (
    <div className="cluster-banner">
      {error && <ProxyAlert message={error.message} />}
      {mesos && marathon && (
        <>
          <SideAlert side="mesos" health={mesos} otherSideWorks={marathon.kind === 'ok'} />
          <SideAlert side="marathon" health={marathon} otherSideWorks={mesos.kind === 'ok'} />
        </>
      )}
    </div>
  );
}

const OTHER_SIDE: Record<ClusterSide, ClusterSide> = { mesos: 'marathon', marathon: 'mesos' };

function SideAlert({
  side,
  health,
  otherSideWorks,
}: {
  side: ClusterSide;
  health: SideHealth;
  otherSideWorks: boolean;
}) {
  const { t } = useTranslation('cluster-status');
  if (health.kind === 'ok') return null;
  const counts = {
    side: t(`side.${side}`),
    nodes: t(`nodes.${side}`),
    answering: health.answering,
    total: health.total,
  };
  const problem =
    health.kind === 'credentials-refused'
      ? t('banner.credentialsRefused', { side: counts.side, message: health.message })
      : health.kind === 'no-leader'
        ? t('banner.noLeader', counts)
        : t('banner.leaderNotAnswering', { ...counts, leader: health.leader });
  return (
    <div className="cluster-banner__alert" role="alert">
      <span aria-hidden="true">⚠</span>
      <p className="cluster-banner__text">
        {problem}
        {otherSideWorks && (
          <> {t('banner.otherSideWorks', { side: t(`side.${OTHER_SIDE[side]}`) })}</>
        )}
      </p>
    </div>
  );
}

function ProxyAlert({ message }: { message: string }) {
  const { t } = useTranslation('cluster-status');
  return (
    <div className="cluster-banner__alert" role="alert">
      <span aria-hidden="true">⚠</span>
      <p className="cluster-banner__text">{t('banner.proxyDown', { message })}</p>
    </div>
  );
}
