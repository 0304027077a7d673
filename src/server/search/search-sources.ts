import type { SearchKind, SearchResult } from '../../api/search';
import type { ClusterSnapshot } from '../cluster-model';

/**
 * One kind of thing the palette finds. Adding a kind is one entry in `SEARCH_SOURCES` and
 * one page mapping in the console's search feature (`features/search/result-links.ts`).
 */
export interface SearchSource {
  kind: SearchKind;
  /** Up to `limit` results for `query` (lowercased in `lower`), best first. */
  find(
    snapshot: ClusterSnapshot,
    query: { text: string; lower: string },
    limit: number,
  ): SearchResult[];
}

/**
 * Picks up to `limit` of `count` rows whose text holds `lower`, those where it starts the text
 * first: one pass, no sort, so a 10k-row source costs a few milliseconds.
 */
function bestMatches(
  count: number,
  textOf: (index: number) => string,
  lower: string,
  limit: number,
): number[] {
  const starts: number[] = [];
  const contains: number[] = [];
  for (let index = 0; index < count && starts.length < limit; index++) {
    const at = textOf(index).indexOf(lower);
    if (at === 0) starts.push(index);
    else if (at > 0 && contains.length < limit) contains.push(index);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** Group ids are the folders of the app and pod ids (`/prod/web` is in `/prod`). */
function groupIdsOf(ids: readonly string[]): string[] {
  const groups = new Set<string>();
  for (const id of ids) {
    const parts = id.split('/').filter(Boolean);
    for (let depth = 1; depth < parts.length; depth++) {
      groups.add(`/${parts.slice(0, depth).join('/')}`);
    }
  }
  return [...groups].sort();
}

/** First position in the sorted `order` whose id is not below `prefix` (binary search). */
function lowerBound(order: Uint32Array, idOf: (index: number) => string, prefix: string): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (idOf(order[middle] as number) < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Marathon paths (apps, pods, groups) found by any part of the id; the id is the label. */
function pathMatches(
  kind: SearchKind,
  ids: readonly string[],
  lower: string,
  limit: number,
): SearchResult[] {
  return bestMatches(ids.length, (i) => (ids[i] as string).toLowerCase(), lower, limit).map(
    (i) => ({ kind, id: ids[i] as string, label: ids[i] as string }),
  );
}

export const SEARCH_SOURCES: readonly SearchSource[] = [
  { kind: 'app', find: ({ appIds }, { lower }, limit) => pathMatches('app', appIds, lower, limit) },
  { kind: 'pod', find: ({ podIds }, { lower }, limit) => pathMatches('pod', podIds, lower, limit) },
  {
    kind: 'group',
    find: ({ appIds, podIds }, { lower }, limit) =>
      pathMatches('group', groupIdsOf([...appIds, ...podIds]), lower, limit),
  },
  {
    kind: 'agent',
    // Hostname, id, address and attributes, lowercased once per snapshot.
    find: ({ agents, agentSearch }, { lower }, limit) =>
      bestMatches(agents.length, (i) => agentSearch[i] as string, lower, limit).map((i) => {
        const agent = agents[i];
        return {
          kind: 'agent',
          id: agent?.id ?? '',
          label: agent?.hostname ?? '',
          detail: agent?.id ?? '',
        };
      }),
  },
  {
    kind: 'framework',
    find: ({ frameworks }, { lower }, limit) =>
      bestMatches(
        frameworks.length,
        (i) => `${frameworks[i]?.name ?? ''}\n${frameworks[i]?.id ?? ''}`.toLowerCase(),
        lower,
        limit,
      ).map((i) => ({
        kind: 'framework',
        id: frameworks[i]?.id ?? '',
        label: frameworks[i]?.name ?? '',
        detail: frameworks[i]?.id ?? '',
      })),
  },
  {
    kind: 'task',
    // By id prefix, through the snapshot's id order: O(log n) at 100k tasks.
    find: ({ tasks, taskOrders }, { text }, limit) => {
      const order = taskOrders.get('id');
      const idOf = (index: number) => (tasks[index] as { id: string }).id;
      const results: SearchResult[] = [];
      const seen = new Set<string>();
      for (let at = lowerBound(order, idOf, text); at < order.length; at++) {
        const task = tasks[order[at] as number];
        if (task === undefined || !task.id.startsWith(text) || results.length >= limit) break;
        const key = `${task.frameworkId}\n${task.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        results.push({
          kind: 'task',
          id: task.id,
          label: task.id,
          detail: task.agentHostname ?? task.agentId,
          frameworkId: task.frameworkId,
        });
      }
      return results;
    },
  },
];
