import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarathonApp, MarathonQueueItem } from '../../../../api/marathon';
import { useLocale } from '../../../shared/format/use-locale';
import { useResetDelay } from '../api/reset-delay';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { firstDeclineReason, reasonSubject } from '../utils/waiting-reason';
import { WriteError } from '../../deployments';
import './waiting-panel.css';
import { WriteControl } from '../../session';

/**
 * "Why is it waiting": instances Marathon could not launch, the first reason of its offer
 * funnel with how many offers it declined, the last offer of each agent with its reasons, and
 * the launch backoff with a way to end it.
 */
export function WaitingPanel({ app, item }: { app: MarathonApp; item: MarathonQueueItem }) {
  const { t } = useTranslation('apps');
  const locale = useLocale();
  const headingId = useId();
  const reset = useResetDelay();
  const first = firstDeclineReason(item);
  const subject = first && reasonSubject(first.reason, app, item.role);
  const offers = item.lastUnusedOffers ?? [];
  const delayed = item.delay.timeLeftSeconds > 0;
  const sendReset = () => reset.mutate({ id: app.id });
  return (
    <section className="waiting-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('waiting.heading', { count: item.count })}</h2>
      {first ? (
        <p className="waiting-panel__reason">
          <strong>
            {subject === undefined
              ? first.reason
              : t('waiting.reasonWithSubject', { reason: first.reason, subject })}
          </strong>
          {' — '}
          {t('waiting.declined', { declined: first.declined, processed: first.processed })}
          <br />
          <span>{t(`reasons.${first.reason}`)}</span>
        </p>
      ) : (
        <p>{t(delayed ? 'waiting.delayedOnly' : 'waiting.noOffersYet')}</p>
      )}
      {delayed && (
        <div className="waiting-panel__delay">
          <p>{t('waiting.delay', { seconds: item.delay.timeLeftSeconds })}</p>
          <WriteControl>
            <button type="button" className="button" disabled={reset.isPending} onClick={sendReset}>
              {t('waiting.resetDelay')}
            </button>
          </WriteControl>
        </div>
      )}
      {reset.error && <WriteError error={reset.error} onForce={sendReset} />}
      {offers.length > 0 && (
        <table className="waiting-panel__offers">
          <caption>{t('waiting.offersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('waiting.agent')}</th>
              <th scope="col">{t('waiting.reasons')}</th>
              <th scope="col">{t('waiting.when')}</th>
            </tr>
          </thead>
          <tbody>
            {offers.map((offer) => (
              <tr key={offer.offer.id}>
                <th scope="row">{offer.offer.hostname}</th>
                <td>{offer.reason.join(', ')}</td>
                <td>
                  <time dateTime={offer.timestamp}>{formatIsoTime(offer.timestamp, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
