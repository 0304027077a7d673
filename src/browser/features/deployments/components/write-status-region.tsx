import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FollowedWrite } from '../follow/followed-write';
import { useFollowedWrites, useWriteFollower } from '../follow/write-follower';
import '../../../shared/ui/button.css';
import './write-status-region.css';

export function describeWrite(t: TFunction<'deployments'>, write: FollowedWrite): string {
  const values = {
    appId: [...write.appIds, ...(write.otherIds ?? [])].join(', '),
    ...write.values,
  };
  const message = t(`writes.${write.kind}.${write.state}`, values);
  if (!write.failure) return message;
  return `${message} ${t(`writes.failure.${write.failure.reason}`, { ...write.failure })}`;
}

/**
 * Where every write sent from this console reports, from the request to the end of its
 * deployment. A live region: the outcome is announced without moving focus.
 */
export function WriteStatusRegion() {
  const { t } = useTranslation('deployments');
  const writes = useFollowedWrites();
  const follower = useWriteFollower();
  return (
    <div className="write-status" role="status" aria-label={t('writes.label')}>
      {writes.length > 0 && (
        <ul className="write-status__list">
          {writes.map((write) => (
            <li key={write.key} className={`write-status__item write-status__item--${write.state}`}>
              <span className="write-status__text">{describeWrite(t, write)}</span>
              {write.state === 'running' && write.progress && (
                <span className="write-status__progress">
                  {t('writes.progress', {
                    current: write.progress.currentStep,
                    total: write.progress.totalSteps,
                  })}
                </span>
              )}
              {write.state !== 'running' && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => follower.dismiss(write.key)}
                >
                  {t('writes.dismiss')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
