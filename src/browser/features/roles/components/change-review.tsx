import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ReviewedChange {
  what: string;
  from: string;
  to: string;
}

/** What the write will change, old value to new, before it is sent. */
export function ChangeReview({ changes }: { changes: readonly ReviewedChange[] }) {
  const { t } = useTranslation('roles');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} aria-live="polite">
      <h3 id={headingId} className="role-review__heading">
        {t('review.heading')}
      </h3>
      {changes.length === 0 ? (
        <p>{t('review.none')}</p>
      ) : (
        <ul className="role-review__list">
          {changes.map((change) => (
            <li key={change.what}>{t('review.change', { ...change })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
