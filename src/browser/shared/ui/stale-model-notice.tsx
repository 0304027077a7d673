import { useTranslation } from 'react-i18next';
import { useLocale } from '../format/use-locale';
import { useClusterSummary } from '../api/get-cluster-summary';
import { formatTime } from '../format/format-time';
import './notice.css';

/**
 * The lists come from the proxy's last good read of the master; when reads fail or lag, say since
 * when the rows are and why, instead of silently showing old data.
 */
export function StaleModelNotice() {
  const { t } = useTranslation('tasks');
  const locale = useLocale();
  const { data } = useClusterSummary();
  if (!data?.status.stale) return null;
  const { fetchedAt, lastError } = data.status;
  return (
    <p className="notice notice--error" role="status">
      {t('stale', { time: formatTime(fetchedAt, locale) })}
      {lastError !== null && <> {lastError}</>}
    </p>
  );
}
