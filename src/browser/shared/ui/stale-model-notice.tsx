import { useTranslation } from 'react-i18next';
import { useLocale } from '../format/use-locale';
import { useClusterSummary } from '../api/get-cluster-summary';
import { formatAge, formatTime } from '../format/format-time';
import './notice.css';

/**
 * Pages show the proxy's last good read of the master; when reads fail or lag (a hung, broken or
 * truncating leader), say since when, how old that is and why, instead of silently showing old
 * data.
 */
export function StaleModelNotice() {
  const { t } = useTranslation('tasks');
  const locale = useLocale();
  const { data } = useClusterSummary();
  if (!data?.status.stale) return null;
  const { fetchedAt, ageMs, lastError } = data.status;
  return (
    <p className="notice notice--error" role="status">
      {t('stale', { time: formatTime(fetchedAt, locale), age: formatAge(ageMs ?? 0, locale) })}
      {lastError !== null && <> {lastError}</>}
    </p>
  );
}
