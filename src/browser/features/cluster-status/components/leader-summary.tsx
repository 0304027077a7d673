import { useTranslation } from 'react-i18next';
import type { ClusterSideStatus } from '../../../../api/cluster';
import { useClusterStatus } from '../api/get-cluster-status';
import { sideHealth } from '../utils/side-health';
import './leader-summary.css';

/** The Mesos and Marathon leaders as host:port, kept on screen across failed polls. */
export function LeaderSummary() {
  const { t } = useTranslation('cluster-status');
  const { data } = useClusterStatus();
  return (
    <dl className="leader-summary">
      <LeaderItem label={t('leaders.mesos')} side={data?.mesos} />
      <LeaderItem label={t('leaders.marathon')} side={data?.marathon} />
    </dl>
  );
}

function LeaderItem({ label, side }: { label: string; side: ClusterSideStatus | undefined }) {
  return (
    <div className="leader-summary__item">
      <dt className="leader-summary__label">{label}</dt>
      <dd className="leader-summary__value">{side && <LeaderValue side={side} />}</dd>
    </div>
  );
}

function LeaderValue({ side }: { side: ClusterSideStatus }) {
  const { t } = useTranslation('cluster-status');
  const health = sideHealth(side);
  if (health.kind === 'ok') {
    return (
      <>
        <span className="leader-summary__dot" aria-hidden="true" />
        {health.leader}
      </>
    );
  }
  return (
    <span className="leader-summary__problem">
      <span aria-hidden="true">⚠ </span>
      {health.kind === 'credentials-refused'
        ? t('leaders.credentialsRefused')
        : health.kind === 'no-leader'
          ? t('leaders.none')
          : t('leaders.notAnswering', { leader: health.leader })}
    </span>
  );
}
