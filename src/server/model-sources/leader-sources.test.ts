import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { indexMarathonApps } from '../cluster-model/marathon-join';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import { LeaderForwarder } from '../proxy/leader-forwarder';
import { MARATHON_RULES } from '../proxy/side-rules';
import { createUpstreamDispatcher } from '../proxy/upstream-dispatcher';
import { sendJson, startTestHttpServer, type TestHttpServer } from '../test-support/http-server';
import { createLeaderSources } from './leader-sources';

const APPS = { apps: [{ id: '/shop/web', tasks: [] }] };

describe("the model's Marathon read", () => {
  const dispatcher = createUpstreamDispatcher();
  let marathon: TestHttpServer | undefined;

  afterEach(async () => {
    await marathon?.stop();
  });
  afterAll(() => dispatcher.close());

  /** A leading Marathon answering `/v2/pods` with `pods` (status, body). */
  async function readFrom(pods: [number, unknown]) {
    marathon = await startTestHttpServer((request, res) => {
      if (request.url.startsWith('/v2/apps')) sendJson(res, 200, APPS);
      else if (request.url === '/v2/pods') sendJson(res, ...pods);
      else sendJson(res, 404, { message: 'not found' });
    });
    const url = marathon.url;
    const discovery = {
      leader: () => url,
      rediscover: () => Promise.resolve(url),
      adopt: () => url,
      noLeaderMessage: () => 'No Marathon instance is leading',
    } as Partial<LeaderDiscovery> as LeaderDiscovery;
    const forwarder = new LeaderForwarder(discovery, dispatcher, MARATHON_RULES);
    const sources = createLeaderSources({ mesos: forwarder, marathon: forwarder }, 5_000);
    return sources.fetchMarathonApps(new AbortController().signal);
  }

  it('reads the pods beside the apps (Marathon ≥ 1.4)', async () => {
    const body = await readFrom([200, [{ id: '/shop/cart' }, { id: '/db' }]]);
    expect(indexMarathonApps(body)).toMatchObject({ podIds: ['/db', '/shop/cart'] });
    expect(marathon?.requests.map((request) => request.url).sort()).toEqual([
      '/v2/apps?embed=apps.tasks',
      '/v2/pods',
    ]);
  });

  it('takes a 404 from /v2/pods as a Marathon without pods: apps still count', async () => {
    const body = await readFrom([404, { message: 'Not Found' }]);
    const index = indexMarathonApps(body);
    expect(index?.podIds).toEqual([]);
    expect([...(index?.bySafePath.values() ?? [])]).toEqual(['/shop/web']);
  });

  it('fails the whole read on any other pods failure, so the last good read is kept', async () => {
    await expect(readFrom([500, { message: 'boom' }])).rejects.toThrow(/HTTP 500 .*\/v2\/pods/);
  });
});
