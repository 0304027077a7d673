import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClusterStatus } from '../../api/cluster';
import type { AgentSlice, ClusterSummary, TaskSlice } from '../../api/cluster-model';
import { defined, nth } from '../test-support/defined';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { recordServerRequests, type ServerRequestLog } from '../test-support/server-requests';

const HOUR_MS = 3_600_000;

describe('the cluster model inside the proxy, on the simulated cluster', () => {
  let proxy: ProxyUnderTest;
  let upstream: ServerRequestLog;

  const cluster = () => defined(proxy.stadium.simulation).cluster;
  const masterUrls = () => defined(proxy.stadium.simulation).served.masterUrls;
  const reads = (path: string) => masterUrls().reduce((n, url) => n + upstream.count(url, path), 0);
  const summary = async () =>
    (await getJson(`${proxy.url}/api/cluster/summary`)).body as ClusterSummary;

  beforeAll(async () => {
    upstream = recordServerRequests();
    // No poll for the whole file: the event stream is the only reader, so counts are exact.
    proxy = await startProxyUnderTest({ clusterModel: { pollInterval: () => HOUR_MS } });
    await vi.waitFor(
      async () => expect((await fetch(`${proxy.url}/api/cluster/summary`)).status).toBe(200),
      { timeout: 10_000, interval: 50 },
    );
    // Model time moves only when a test says so: every event and generation below is exact.
    cluster().stopClock();
  });

  afterAll(async () => {
    upstream.stop();
    await proxy.close();
  });

  it('follows one event stream and reads no /master/state for any number of viewers', async () => {
    expect(reads('/master/state')).toBe(0);
    const subscribes = reads('/api/v1');
    const paths = ['tasks?limit=50', 'agents', 'frameworks', 'summary', 'tasks?q=nginx&sort=mem'];
    const viewers = Array.from({ length: 5 }, () =>
      Promise.all(paths.map((path) => fetch(`${proxy.url}/api/cluster/${path}`))),
    );
    const responses = (await Promise.all(viewers)).flat();
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
    await Promise.all(responses.map((response) => response.arrayBuffer()));
    expect(reads('/master/state')).toBe(0);
    expect(reads('/api/v1')).toBe(subscribes);
    expect(proxy.stadium.live.mesos.mode()).toBe('stream');
  });

  it('serves /api/cluster and /api/cluster/* side by side', async () => {
    const status = (await getJson(`${proxy.url}/api/cluster`)).body as ClusterStatus;
    expect(status).toMatchObject({ simulated: true, mesos: { leader: nth(masterUrls(), 0) } });
    const agents = (await getJson(`${proxy.url}/api/cluster/agents`)).body as AgentSlice;
    expect(agents.rows.map((agent) => agent.hostname)).toEqual(['slave-1', 'slave-2', 'slave-3']);
    expect((await getJson(`${proxy.url}/api/cluster/nope`)).status).toBe(404);
  });

  it('subscribes to the new leading master at once after an election, tasks joined with Marathon', async () => {
    const generation = (await summary()).status.generation;
    // Marathon's seed apps launch within the first minute of model time, then start.
    cluster().advance(70_000);
    cluster().mesos.electAnotherLeader(1);
    const newLeader = nth(masterUrls(), 1);
    const reconnects = proxy.stadium.live.mesos.reconnects;
    await vi.waitFor(
      async () => {
        expect(upstream.count(newLeader, '/api/v1')).toBeGreaterThan(0);
        expect(proxy.stadium.live.mesos.reconnects).toBe(reconnects + 1);
        expect(proxy.stadium.live.mesos.mode()).toBe('stream');
        expect((await summary()).status.generation).toBeGreaterThan(generation);
      },
      { timeout: 10_000, interval: 50 },
    );
    await vi.waitFor(
      async () => {
        const { body } = await getJson(`${proxy.url}/api/cluster/tasks?state=active&q=nginx`);
        const slice = body as TaskSlice;
        expect(slice.total).toBe(1);
        expect(slice.rows[0]).toMatchObject({
          appId: '/nginx',
          frameworkName: 'marathon',
          state: 'TASK_RUNNING',
          agentHostname: expect.stringMatching(/^slave-\d$/),
        });
      },
      { timeout: 5_000, interval: 50 },
    );
    expect((await summary()).leader?.address).toBe(new URL(newLeader).host);
    expect(reads('/master/state')).toBe(0);
  });

  it('answers an unchanged slice with 304 and no body', async () => {
    const url = `${proxy.url}/api/cluster/tasks?state=all&sort=name&limit=10`;
    const first = await fetch(url);
    const etag = defined(first.headers.get('etag') ?? undefined);
    expect(((await first.json()) as TaskSlice).rows.length).toBeGreaterThan(0);
    const again = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const otherSlice = await fetch(`${url}&offset=1`, { headers: { 'if-none-match': etag } });
    expect(otherSlice.status).toBe(200);
  });

  it('reaches the agents the model knows, without asking the master, and no others', async () => {
    const masterRequests = upstream.requests.length;
    const agent = nth(cluster().agents(), 2);
    const state = await getJson(`${proxy.url}/api/agents/${agent.id}/slave(1)/state`);
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ id: agent.id, hostname: 'slave-3' });
    const unknown = await getJson(`${proxy.url}/api/agents/${agent.id}x/state`);
    expect(unknown).toMatchObject({
      status: 404,
      body: { message: `Agent ${agent.id}x is not known to the leading master` },
    });
    const masters = masterUrls().map((url) => Number(new URL(url).port));
    const askedMasters = upstream.requests
      .slice(masterRequests)
      .filter((request) => masters.includes(request.port) && !request.url.startsWith('/metrics'));
    expect(askedMasters).toEqual([]);
  });
});
