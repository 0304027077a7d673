import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/api-error';
import { ErrorNotice } from '../../../shared/ui/error-notice';
import { lockingDeploymentIds } from '../api/deployment-id';
import './write-error.css';

/** Marathon's 409 with `deployments`: the ids of the deployments holding the app. */
export function lockingDeployments(error: unknown): string[] | null {
  if (!isApiError(error) || error.status !== 409) return null;
  return lockingDeploymentIds(error.body);
}

/**
 * A failed write. A deployment lock is explained, with "Force" and what forcing does; anything
 * else is Marathon's own message.
 */
export function WriteError({
  error,
  onForce,
  forcing = false,
}: {
  error: unknown;
  onForce: () => void;
  forcing?: boolean;
}) {
  const { t } = useTranslation('deployments');
  const locking = lockingDeployments(error);
  if (locking === null) return <ErrorNotice error={error} />;
  return (
    <div className="write-error" role="alert">
      <p>{t('lock.message', { deployments: locking.join(', '), count: locking.length })}</p>
      <p>{t('lock.consequence')}</p>
      <button type="button" className="button button--danger" onClick={onForce} disabled={forcing}>
        {t('lock.force')}
      </button>
    </div>
  );
}
