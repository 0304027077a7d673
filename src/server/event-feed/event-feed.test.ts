import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedEvent } from '../../api/event-feed';
import { CONSOLE } from '../test-support/console-request';
import { defined } from '../test-support/defined';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { OPERATOR, signIn, writeTeamFiles } from '../test-support/team-files';
import type { StadiumOptions } from '../start-stadium';
import { SseParser } from '../streams/marathon-events';

let proxy: ProxyUnderTest | undefined;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

async function start(options: Pick<StadiumOptions, 'simulation'> = {}) {
  proxy = await startProxyUnderTest({ ...options, streams: { retryMs: 50 } });
  const running = proxy;
  await vi.waitFor(
    async () => expect((await fetch(`${running.url}/api/cluster/summary`)).status).toBe(200),
    { timeout: 10_000, interval: 50 },
  );
  return { url: running.url, cluster: defined(running.stadium.simulation).cluster };
}

/** An EventSource's view of `/api/feed`: the events, and whether the proxy ended the stream. */
async function openFeed(url: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/feed`, { signal: abort.signal, headers });
  const events: FeedEvent[] = [];
  const state = { ended: false, status: response.status };
  if (response.status === 200) {
    const parser = new SseParser();
    void (async () => {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        for (const { data } of parser.push(chunk)) events.push(JSON.parse(data) as FeedEvent);
      }
      state.ended = true;
    })().catch(() => {});
  }
  return { events, state, close: () => abort.abort() };
}

async function runningTaskOf(url: string, appId: string): Promise<string> {
  const { body } = await getJson(`${url}/api/marathon/v2/apps/${appId}/tasks`);
  const task = (body as { tasks: { id: string; state: string }[] }).tasks.find(
    (candidate) => candidate.state === 'TASK_RUNNING',
  );
  return defined(task).id;
}

describe('the event feed (/api/feed)', { timeout: 20_000 }, () => {
  it('pushes a task failure from both streams, and a reconnect gets only what it missed', async () => {
    const { url, cluster } = await start();
    cluster.advance(60_000);
    const taskId = await vi.waitFor(() => runningTaskOf(url, 'basic-0'), { timeout: 5_000 });
    const feed = await openFeed(url);
    cluster.failTask(taskId, 'exit 3');
    await vi.waitFor(() => {
      expect(feed.events).toContainEqual(
        expect.objectContaining({
          source: 'mesos',
          kind: 'failure',
          type: 'TASK_UPDATED',
          taskId,
          appId: '/basic-0',
          state: 'TASK_FAILED',
          message: 'exit 3',
        }),
      );
      expect(feed.events).toContainEqual(
        expect.objectContaining({
          source: 'marathon',
          kind: 'failure',
          type: 'status_update_event',
          taskId,
          appId: '/basic-0',
          state: 'TASK_FAILED',
        }),
      );
    });
    const seqs = feed.events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    feed.close();

    const last = defined(seqs.at(-1));
    cluster.advance(5_000);
    await vi.waitFor(async () => {
      const again = await openFeed(url, { 'last-event-id': String(last) });
      await new Promise((resolve) => setTimeout(resolve, 100));
      again.close();
      expect(again.events.length).toBeGreaterThan(0);
      expect(again.events.every((event) => event.seq > last)).toBe(true);
    });
  });

  it('turns task state changes between polled snapshots into events where Mesos has no stream', async () => {
    const { url, cluster } = await start({ simulation: { mesosOperatorApi: false } });
    cluster.advance(60_000);
    const taskId = await vi.waitFor(() => runningTaskOf(url, 'basic-0'), { timeout: 5_000 });
    const feed = await openFeed(url);
    cluster.failTask(taskId);
    await vi.waitFor(
      () =>
        expect(feed.events).toContainEqual(
          expect.objectContaining({ source: 'mesos', taskId, state: 'TASK_FAILED' }),
        ),
      { timeout: 10_000 },
    );
    feed.close();
  });

  it('needs a session, and ends an open feed once its session is signed out', async () => {
    const team = writeTeamFiles();
    proxy = await startProxyUnderTest({ operators: team.operators, streams: { retryMs: 50 } });
    const url = proxy.url;
    expect((await openFeed(url)).state.status).toBe(401);
    const cookie = defined((await signIn(url, OPERATOR)).cookie);
    const cluster = defined(proxy.stadium.simulation).cluster;
    await vi.waitFor(
      async () =>
        expect((await fetch(`${url}/api/cluster/summary`, { headers: { cookie } })).status).toBe(
          200,
        ),
      { timeout: 10_000 },
    );
    const feed = await openFeed(url, { cookie });
    expect(feed.state.status).toBe(200);
    const signOut = await fetch(`${url}/api/session`, {
      method: 'DELETE',
      headers: { ...CONSOLE, cookie },
    });
    expect(signOut.status).toBe(200);
    // The next event the proxy would push finds the session gone and ends the stream instead.
    cluster.advance(60_000);
    await vi.waitFor(() => expect(feed.state.ended).toBe(true), { timeout: 10_000 });
  });
});
