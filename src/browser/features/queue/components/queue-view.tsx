import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MarathonQueueItem } from '../../../../api/marathon';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { firstDeclineReason, useQueue, useResetDelay } from '../../apps';
import { WriteError, WriteStatusRegion } from '../../deployments';
import { WriteControl } from '../../session';
import {
  DEFAULT_QUEUE_SORT,
  queueItemId,
  readQueueSort,
  sortQueue,
  type QueueSortKey,
} from '../utils/queue-sort';
import './queue-view.css';

const COLUMNS: { key: QueueSortKey | 'reason'; numeric?: boolean }[] = [
  { key: 'id' },
  { key: 'count', numeric: true },
  { key: 'delay' },
  { key: 'since' },
  { key: 'reason' },
];

/**
 * Marathon's launch queue for the whole cluster: what waits, how many, since when, the backoff
 * delay (with its reset) and the first reason offers were declined. The sort is in the URL.
 */
export default function QueueView() {
  const { t } = useTranslation('queue');
  const queue = useQueue();
  const [params, write] = useSearchWriter();
  const sort = readQueueSort(params);
  const rows = queue.data ? sortQueue(queue.data, sort) : [];
  const sortBy = (key: QueueSortKey) =>
    write((current) => {
      const next = new URLSearchParams(current);
      const order = sort.key === key && sort.order === 'asc' ? 'desc' : 'asc';
      if (key === DEFAULT_QUEUE_SORT.key && order === DEFAULT_QUEUE_SORT.order) {
        next.delete('sort');
        next.delete('order');
      } else {
        next.set('sort', key);
        next.set('order', order);
      }
      return next;
    });
  return (
    <>
      <PageTitle title={t('title')} />
      <WriteStatusRegion />
      <QueryFeedback
        isPending={queue.isPending}
        error={queue.error}
        hasData={queue.data !== undefined}
      />
      {queue.data && rows.length === 0 && <p>{t('empty')}</p>}
      {rows.length > 0 && (
        <table className="data-table queue-table">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map(({ key, numeric }) => {
                const label = t(`columns.${key}`);
                if (key === 'reason') {
                  return (
                    <th key={key} scope="col">
                      {label}
                    </th>
                  );
                }
                const sorted = sort.key === key;
                return (
                  <th
                    key={key}
                    scope="col"
                    className={numeric ? 'data-table__number' : undefined}
                    aria-sort={
                      sorted ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined
                    }
                  >
                    <button type="button" className="queue-table__sort" onClick={() => sortBy(key)}>
                      {label}
                      <span aria-hidden="true">
                        {sorted ? (sort.order === 'asc' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => (
              <QueueRow key={queueItemId(item)} item={item} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function QueueRow({ item }: { item: MarathonQueueItem }) {
  const { t } = useTranslation('queue');
  const { t: tApps } = useTranslation('apps');
  const locale = useLocale();
  const reset = useResetDelay();
  const id = queueItemId(item);
  const first = firstDeclineReason(item);
  const delayed = item.delay.timeLeftSeconds > 0;
  const sendReset = () => reset.mutate({ id, pod: item.pod !== undefined });
  return (
    <tr>
      <th scope="row">
        <Link to={item.pod ? paths.pod.href(id) : paths.app.href(id)}>{id}</Link>
        {item.pod && <span className="queue-table__kind">{t('pod')}</span>}
        {item.role !== undefined && (
          <div className="queue-table__role">{t('role', { role: item.role })}</div>
        )}
      </th>
      <td className="data-table__number">{item.count}</td>
      <td>
        {delayed
          ? t('delay', { seconds: item.delay.timeLeftSeconds })
          : t(item.delay.overdue ? 'overdue' : 'noDelay')}
        {delayed && (
          <WriteControl>
            <button
              type="button"
              className="button queue-table__reset"
              disabled={reset.isPending}
              aria-label={t('resetDelayOf', { id })}
              onClick={sendReset}
            >
              {t('resetDelay')}
            </button>
          </WriteControl>
        )}
        {reset.error && <WriteError error={reset.error} onForce={sendReset} />}
      </td>
      <td>
        <time dateTime={item.since}>{formatIsoTime(item.since, locale)}</time>
      </td>
      <td>
        {first ? (
          <>
            {t('declined', {
              reason: first.reason,
              declined: first.declined,
              processed: first.processed,
            })}
            <div className="queue-table__why">{tApps(`reasons.${first.reason}`)}</div>
          </>
        ) : (
          t('noOffersYet')
        )}
      </td>
    </tr>
  );
}
