import { useTranslation } from 'react-i18next';
import type { MarathonHealthCheckResult } from '../../../../api/marathon';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { useLocale } from '../../../shared/format/use-locale';

/**
 * Each health check's last result for one instance: healthy with its last success, or failing
 * with the failures in a row, when, and the check's own message (Marathon's `lastFailureCause`).
 */
export function HealthCheckResults({ results }: { results: readonly MarathonHealthCheckResult[] }) {
  const { t } = useTranslation('apps');
  const locale = useLocale();
  const time = (iso: string | null) => (iso ? formatIsoTime(iso, locale) : t('health.never'));
  return (
    <ul className="instances__checks">
      {results.map((result, index) => (
        <li key={index}>
          {result.alive
            ? t('health.passing', { time: time(result.lastSuccess) })
            : t('health.failing', {
                count: result.consecutiveFailures,
                time: time(result.lastFailure),
                success: time(result.lastSuccess),
              })}
          {!result.alive && result.lastFailureCause && (
            <>
              {' '}
              <q>{result.lastFailureCause}</q>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
