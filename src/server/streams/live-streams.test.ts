import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleEvent } from '../../api/console-events';
import type { ClusterSummary, TaskSlice } from '../../api/cluster-model';
import { defined, nth } from '../test-support/defined';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { recordServerRequests, type ServerRequestLog } from '../test-support/server-requests';
import type { StadiumOptions } from '../start-stadium';
import { SseParser } from './marathon-events';

let proxy: ProxyUnderTest | undefined;
let upstream: ServerRequestLog | undefined;

afterEach(async () => {
  upstream?.stop();
  await proxy?.close();
  proxy = undefined;
});

async function startLive(options: Pick<StadiumOptions, 'simulation' | 'streams'> = {}) {
  upstream = recordServerRequests();
  proxy = await startProxyUnderTest({ ...options, streams: { retryMs: 50, ...options.streams } });
  const running = proxy;
  await vi.waitFor(
    async () => expect((await fetch(`${running.url}/api/cluster/summary`)).status).toBe(200),
    { timeout: 10_000, interval: 50 },
  );
  const simulation = defined(running.stadium.simulation);
  const requests = defined(upstream);
  return {
    proxy: running,
    cluster: simulation.cluster,
    live: running.stadium.live,
    /** Requests all masters (or all Marathon instances) received for a path prefix. */
    masterReads: (path: string) =>
      simulation.served.masterUrls.reduce((n, url) => n + requests.count(url, path), 0),
    marathonReads: (path: string) =>
      simulation.served.marathonUrls.reduce((n, url) => n + requests.count(url, path), 0),
  };
}

/** A console tab's `/api/events` connection, collecting what it is told. */
async function openConsole(url: string) {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/events`, { signal: abort.signal });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events: ConsoleEvent[] = [];
  const parser = new SseParser();
  void (async () => {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      for (const { data } of parser.push(chunk)) events.push(JSON.parse(data) as ConsoleEvent);
    }
  })().catch(() => {});
  return { events, close: () => abort.abort() };
}

const summaryOf = async (url: string) =>
  (await getJson(`${url}/api/cluster/summary`)).body as ClusterSummary;

// Each test starts its own proxy on a simulated cluster (the first one also loads the mocks).
describe('live streams on the simulated cluster', { timeout: 20_000 }, () => {
  it('pushes a task change to every open console within a second, from one upstream stream', async () => {
    const { proxy, cluster, live, masterReads, marathonReads } = await startLive();
    cluster.advance(70_000);
    const subscribes = masterReads('/api/v1');
    const marathonStreams = marathonReads('/v2/events');
    const consoles = await Promise.all(Array.from({ length: 5 }, () => openConsole(proxy.url)));
    await vi.waitFor(() => {
      expect(live.consoles.clients()).toBe(5);
      expect(consoles.map((console) => console.events[0]?.type)).toEqual(Array(5).fill('hello'));
    });

    const generation = (await summaryOf(proxy.url)).status.generation;
    const changedAt = performance.now();
    cluster.loseAgent(0);
    await vi.waitFor(
      async () => {
        for (const console of consoles) {
          expect(console.events).toContainEqual(
            expect.objectContaining({ type: 'cluster', generation: expect.any(Number) }),
          );
        }
        const lost = (await getJson(`${proxy.url}/api/cluster/tasks?state=all&taskState=TASK_LOST`))
          .body as TaskSlice;
        expect(lost.total).toBeGreaterThan(0);
      },
      { timeout: 1_000, interval: 10 },
    );
    expect(performance.now() - changedAt).toBeLessThan(1_000);
    expect((await summaryOf(proxy.url)).status).toMatchObject({ feed: 'stream', stale: false });
    expect((await summaryOf(proxy.url)).status.generation).toBeGreaterThan(generation);
    // Five consoles share the proxy's one stream per side; nobody read /master/state.
    expect(masterReads('/api/v1')).toBe(subscribes);
    expect(marathonReads('/v2/events')).toBe(marathonStreams);
    expect(masterReads('/master/state')).toBe(0);
    for (const console of consoles) console.close();
    await vi.waitFor(() => expect(live.consoles.clients()).toBe(0));
  });

  it('treats a missed heartbeat as a broken stream and subscribes again to a fresh snapshot', async () => {
    const { proxy, cluster, live } = await startLive({
      simulation: { mesosHeartbeatSeconds: 0.1 },
      streams: { heartbeatMargin: 3 },
    });
    expect(live.mesos.mode()).toBe('stream');
    // The connection stays open but goes silent, as a half-dead TCP connection does.
    cluster.mesos.freezeSubscribers(true);
    const agent = cluster.mesos.registerAgent();
    await proxy.waitForLog((line) => line.includes('no heartbeat from'));
    await vi.waitFor(
      async () => {
        expect(live.mesos.reconnects).toBe(1);
        const agents = (await getJson(`${proxy.url}/api/cluster/agents`)).body as {
          rows: { id: string }[];
        };
        // The agent added while the old stream was silent is in the new snapshot.
        expect(agents.rows.map((row) => row.id)).toContain(agent.id);
      },
      { timeout: 5_000, interval: 20 },
    );
    expect((await summaryOf(proxy.url)).status).toMatchObject({ feed: 'stream', stale: false });
  });

  it('polls /master/state on masters without the v1 operator API', async () => {
    const { proxy, live, masterReads } = await startLive({
      simulation: { mesosOperatorApi: false },
    });
    expect(live.mesos.mode()).toBe('poll');
    expect(masterReads('/master/state')).toBeGreaterThan(0);
    expect((await summaryOf(proxy.url)).status.feed).toBe('poll');
    expect(proxy.log).toContainEqual(
      expect.stringMatching(/has no v1 operator API; polling \/master\/state$/),
    );
  });

  it('re-reads Marathon after its event stream reconnects to a new leader, and tells consoles', async () => {
    const { proxy, cluster, live, marathonReads } = await startLive();
    await vi.waitFor(() => expect(live.marathon.mode()).toBe('stream'));
    const console = await openConsole(proxy.url);
    const appsReads = marathonReads('/v2/apps');
    cluster.marathon.electAnotherLeader(1);
    await vi.waitFor(
      () => {
        expect(live.marathon.reconnects).toBeGreaterThanOrEqual(1);
        expect(live.marathon.mode()).toBe('stream');
        expect(marathonReads('/v2/apps')).toBeGreaterThan(appsReads);
        expect(console.events).toContainEqual({ type: 'marathon', events: [] });
      },
      { timeout: 10_000, interval: 20 },
    );
    console.close();
  });

  it('polls Marathon apps when Marathon has no event stream, so a scale still shows', async () => {
    const { proxy, cluster, live } = await startLive({
      simulation: { marathonEventStream: false },
    });
    await vi.waitFor(() => expect(live.marathon.mode()).toBe('poll'));
    expect(proxy.log).toContainEqual(expect.stringMatching(/polling its apps instead$/));
    const scale = await fetch(`${proxy.url}/api/marathon/v2/apps/basic-0?force=true`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-stadium-console': '1' },
      body: JSON.stringify({ instances: 2 }),
    });
    expect(scale.status).toBe(200);
    cluster.advance(10_000);
    await vi.waitFor(
      async () => {
        const slice = (await getJson(`${proxy.url}/api/cluster/tasks?state=active&q=basic-0`))
          .body as TaskSlice;
        expect(slice.rows.filter((row) => row.appId === '/basic-0')).toHaveLength(2);
      },
      { timeout: 8_000, interval: 100 },
    );
    expect(nth(cluster.marathon.instances(), 0).leader).toBe(true);
  });
});
