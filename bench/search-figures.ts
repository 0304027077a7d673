import type { SearchAnswer } from '../src/api/search';
import type { BenchedStadium } from './stadium-process';
import { percentile50 } from './live-figures';

/** Each query this many times, one after another, as a user typing would send them. */
const ROUNDS = 20;

export interface SearchFigures {
  p50: number;
  max: number;
  count: number;
  /** The slowest query and its p50, to see which source costs most. */
  slowest: { query: string; p50: number };
}

/**
 * `/api/search` answer times over HTTP (request to parsed JSON), for queries that hit each source:
 * an agent hostname, an attribute value (scans every agent), an app, a task id prefix, a single
 * letter (many matches) and a miss (every source scanned to the end).
 */
export async function searchFigures(stadium: BenchedStadium): Promise<SearchFigures> {
  const [agent] = stadium.cluster.agents();
  const tasks = (await (
    await fetch(`${stadium.url}/api/cluster/tasks?limit=1&sort=id`)
  ).json()) as {
    rows?: { id: string }[];
  };
  const taskId = tasks.rows?.[0]?.id ?? 'basic';
  const queries = [
    agent?.hostname ?? 'slave-1',
    'rack-2',
    'nginx',
    taskId.slice(0, Math.min(taskId.length, 12)),
    'a',
    'no-such-thing-anywhere',
  ];
  const all: number[] = [];
  let slowest = { query: '', p50: 0 };
  for (const query of queries) {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const response = await fetch(
        `${stadium.url}/api/search?${new URLSearchParams({ q: query }).toString()}`,
      );
      (await response.json()) as SearchAnswer;
      if (response.status !== 200) throw new Error(`/api/search answered ${response.status}`);
      times.push(performance.now() - started);
    }
    all.push(...times);
    const p50 = percentile50(times);
    if (p50 > slowest.p50) slowest = { query, p50 };
  }
  return { p50: percentile50(all), max: Math.max(...all), count: all.length, slowest };
}
