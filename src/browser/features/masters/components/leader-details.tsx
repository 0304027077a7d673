import { useTranslation } from 'react-i18next';
import { useMesosVersion } from '../../../shared/api/get-mesos-version';
import { formatTime } from '../../../shared/format/format-time';
import { useLocale } from '../../../shared/format/use-locale';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { StatList } from '../../../shared/ui/stat-list';
import { useMetricsSnapshot } from '../../overview';

/**
 * The leading master's version and build (`/version`), its start (now minus
 * `master/uptime_secs`) and since when it leads (the leader change Stadium saw).
 */
export function LeaderDetails({ leaderSince }: { leaderSince: number | null }) {
  const { t } = useTranslation('masters');
  const locale = useLocale();
  const version = useMesosVersion();
  const metrics = useMetricsSnapshot();
  const uptime = metrics.data?.['master/uptime_secs'];
  const sampledAt = metrics.dataUpdatedAt;
  const info = version.data;
  return (
    <>
      <QueryFeedback isPending={version.isPending} error={version.error} hasData={Boolean(info)} />
      {info && (
        <StatList
          layout="details"
          stats={[
            { id: 'version', label: t('leader.version'), value: info.version },
            {
              id: 'build',
              label: t('leader.build'),
              value: t('leader.buildValue', {
                date: info.build_date ?? '—',
                user: info.build_user ?? '—',
              }),
            },
            { id: 'git', label: t('leader.git'), value: info.git_tag ?? info.git_sha ?? '—' },
            {
              id: 'started',
              label: t('leader.started'),
              value:
                typeof uptime === 'number' ? formatTime(sampledAt - uptime * 1000, locale) : '—',
            },
            { id: 'elected', label: t('leader.elected'), value: formatTime(leaderSince, locale) },
          ]}
        />
      )}
    </>
  );
}
