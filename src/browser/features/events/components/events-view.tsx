import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FEED_KINDS, type FeedEvent } from '../../../../api/event-feed';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { VirtualList } from '../../../shared/ui/virtual-table/virtual-list';
import { useEventFeed } from '../api/use-event-feed';
import { filterFeed, readFeedFilters } from '../utils/feed-filters';
import './events-view.css';

const SOURCES = ['marathon', 'mesos'] as const;

/** An event's height before it is measured: one line of facts and one of links. */
const EVENT_HEIGHT = 64;

/**
 * Marathon's and Mesos' events as they happen, newest first. Filters and the paused position
 * are in the URL, so a shared link shows the same slice; pausing keeps the list still while
 * events keep arriving underneath.
 */
export default function EventsView() {
  const { t } = useTranslation('events');
  const feed = useEventFeed();
  const [params, write] = useSearchWriter();
  const filters = readFeedFilters(params);
  const [text, setText] = useState(params.get('q') ?? '');
  const statusId = useId();
  const shown = filterFeed(feed.events, filters);
  const latest = feed.events.at(-1)?.seq ?? 0;
  const hidden =
    filters.pausedAt === null
      ? 0
      : feed.events.filter((e) => e.seq > (filters.pausedAt ?? 0)).length;
  const setParam = (name: string, value: string | null) =>
    write((current) => {
      const next = new URLSearchParams(current);
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
      return next;
    });
  return (
    <>
      <PageTitle title={t('title')} />
      <form
        className="events-filters"
        aria-label={t('filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <FilterSelect
          label={t('source')}
          value={filters.source}
          options={SOURCES.map((source) => [source, t(`sources.${source}`)])}
          onChange={(value) => setParam('source', value)}
        />
        <FilterSelect
          label={t('kind')}
          value={filters.kind}
          options={FEED_KINDS.map((kind) => [kind, t(`kinds.${kind}`)])}
          onChange={(value) => setParam('kind', value)}
        />
        <label>
          {t('text')}
          <input
            type="search"
            value={text}
            placeholder={t('textPlaceholder')}
            onChange={(event) => {
              setText(event.target.value);
              setParam('q', event.target.value);
            }}
          />
        </label>
        <button
          type="button"
          className="button"
          aria-pressed={filters.pausedAt !== null}
          aria-describedby={statusId}
          onClick={() => setParam('paused', filters.pausedAt === null ? String(latest) : null)}
        >
          {filters.pausedAt === null ? t('pause') : t('resume')}
        </button>
      </form>
      <p id={statusId} className="events-status" role="status">
        {feed.connection === 'connecting' && t('connecting')}
        {feed.connection === 'closed' && (
          <>
            {t('closed')}{' '}
            <button type="button" className="button" onClick={feed.reconnect}>
              {t('reconnect')}
            </button>
          </>
        )}
        {feed.connection === 'open' &&
          (filters.pausedAt === null ? t('live') : t('paused', { count: hidden }))}
      </p>
      {shown.length === 0 ? (
        <p>{feed.events.length === 0 ? t('empty') : t('noMatch')}</p>
      ) : (
        // The feed keeps 1000 events: only those in view are drawn.
        <VirtualList
          label={t('list')}
          items={shown}
          itemKey={(event) => event.seq}
          itemClassName={(event) => `events-item events-item--${event.kind}`}
          renderItem={(event) => <EventItem event={event} />}
          estimateSize={EVENT_HEIGHT}
        />
      )}
    </>
  );
}

/** One of the feed's choice filters: "All" (no parameter) or one value. */
function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | null;
  options: [value: string, label: string][];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('events');
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('all')}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What one event says: when, its source and kind, its details and links to what it concerns. */
function EventItem({ event }: { event: FeedEvent }) {
  const { t } = useTranslation('events');
  const locale = useLocale();
  const links: { label: string; text: string; href: string }[] = [];
  if (event.appId !== undefined)
    links.push({ label: t('fields.app'), text: event.appId, href: paths.app.href(event.appId) });
  if (event.groupId !== undefined)
    links.push({
      label: t('fields.group'),
      text: event.groupId,
      href: paths.apps.href(new URLSearchParams({ group: event.groupId })),
    });
  if (event.taskId !== undefined)
    links.push({
      label: t('fields.task'),
      text: event.taskId,
      href: paths.task.href(event.taskId, event.frameworkId),
    });
  if (event.agentId !== undefined)
    links.push({
      label: t('fields.agent'),
      text: event.host ?? event.agentId,
      href: paths.agent.href(event.agentId),
    });
  if (event.frameworkId !== undefined && event.taskId === undefined)
    links.push({
      label: t('fields.framework'),
      text: event.message ?? event.frameworkId,
      href: paths.framework.href(event.frameworkId),
    });
  if (event.deploymentId !== undefined)
    links.push({
      label: t('fields.deployment'),
      text: event.deploymentId,
      href: paths.deployments.href(),
    });
  const detail = [
    event.state,
    event.healthy === undefined ? undefined : t(event.healthy ? 'healthy' : 'unhealthy'),
    event.kind === 'framework' ? undefined : event.message,
  ].filter((part) => part !== undefined && part !== '');
  return (
    <>
      <time dateTime={event.at}>{formatIsoTime(event.at, locale)}</time>
      <span className="events-item__kind">
        {t(`sources.${event.source}`)} · {t(`kindLabel.${event.kind}`)}
      </span>
      <code className="events-item__type">{event.type}</code>
      {detail.length > 0 && <span className="events-item__detail">{detail.join(' — ')}</span>}
      {links.length > 0 && (
        <span className="events-item__links">
          {links.map((link) => (
            <span key={link.label}>
              {link.label}: <Link to={link.href}>{link.text}</Link>
            </span>
          ))}
        </span>
      )}
    </>
  );
}
