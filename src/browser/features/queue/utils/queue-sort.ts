import type { MarathonQueueItem } from '../../../../api/marathon';

export const QUEUE_SORT_KEYS = ['since', 'id', 'count', 'delay'] as const;
export type QueueSortKey = (typeof QUEUE_SORT_KEYS)[number];
export type QueueSortOrder = 'asc' | 'desc';

export interface QueueSort {
  key: QueueSortKey;
  order: QueueSortOrder;
}

/** Longest waiting first: what an operator asks the queue about first. */
export const DEFAULT_QUEUE_SORT: QueueSort = { key: 'since', order: 'asc' };

/** The app or pod a queue entry is for; Marathon names one of the two. */
export function queueItemId(item: MarathonQueueItem): string {
  const pod = item.pod as { id?: unknown } | undefined;
  return item.app?.id ?? (typeof pod?.id === 'string' ? pod.id : '');
}

/** `sort` and `order` from the URL; anything else falls back to the default. */
export function readQueueSort(params: URLSearchParams): QueueSort {
  const key = params.get('sort');
  const order = params.get('order');
  if (!QUEUE_SORT_KEYS.includes(key as QueueSortKey)) return DEFAULT_QUEUE_SORT;
  return { key: key as QueueSortKey, order: order === 'desc' ? 'desc' : 'asc' };
}

function valueOf(item: MarathonQueueItem, key: QueueSortKey): string | number {
  switch (key) {
    case 'id':
      return queueItemId(item);
    case 'count':
      return item.count;
    case 'delay':
      return item.delay.timeLeftSeconds;
    case 'since': {
      const since = Date.parse(item.since);
      return Number.isNaN(since) ? Number.POSITIVE_INFINITY : since;
    }
  }
}

/** A sorted copy; ties keep the id order, so rows never swap between refreshes. */
export function sortQueue(items: readonly MarathonQueueItem[], sort: QueueSort) {
  const direction = sort.order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const left = valueOf(a, sort.key);
    const right = valueOf(b, sort.key);
    if (left < right) return -direction;
    if (left > right) return direction;
    return queueItemId(a) < queueItemId(b) ? -1 : 1;
  });
}
