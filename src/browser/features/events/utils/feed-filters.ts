import {
  FEED_KINDS,
  type FeedEvent,
  type FeedKind,
  type FeedSource,
} from '../../../../api/event-feed';

export interface FeedFilters {
  source: FeedSource | null;
  kind: FeedKind | null;
  /** Lowercased text an event's ids, host, state, type or message must hold. */
  text: string;
  /** The last event shown while paused (its `seq`); null while live. */
  pausedAt: number | null;
}

/** The filters a shared URL names: `source`, `kind`, `q` and `paused` (a sequence number). */
export function readFeedFilters(params: URLSearchParams): FeedFilters {
  const source = params.get('source');
  const kind = params.get('kind');
  const paused = Number(params.get('paused'));
  return {
    source: source === 'marathon' || source === 'mesos' ? source : null,
    kind: FEED_KINDS.includes(kind as FeedKind) ? (kind as FeedKind) : null,
    text: (params.get('q') ?? '').trim().toLowerCase(),
    pausedAt: params.has('paused') && Number.isInteger(paused) && paused >= 0 ? paused : null,
  };
}

function searchText(event: FeedEvent): string {
  return [
    event.type,
    event.appId,
    event.groupId,
    event.taskId,
    event.frameworkId,
    event.agentId,
    event.host,
    event.state,
    event.message,
    event.deploymentId,
  ]
    .filter((part) => part !== undefined)
    .join('\n')
    .toLowerCase();
}

/** The events to show, newest first. */
export function filterFeed(events: readonly FeedEvent[], filters: FeedFilters): FeedEvent[] {
  const shown: FeedEvent[] = [];
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index] as FeedEvent;
    if (filters.pausedAt !== null && event.seq > filters.pausedAt) continue;
    if (filters.source !== null && event.source !== filters.source) continue;
    if (filters.kind !== null && event.kind !== filters.kind) continue;
    if (filters.text !== '' && !searchText(event).includes(filters.text)) continue;
    shown.push(event);
  }
  return shown;
}
