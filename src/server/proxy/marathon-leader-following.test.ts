import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMarathonGroup } from '../test-support/fake-marathon';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import type { RecordedRequest, TestHttpServer } from '../test-support/http-server';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { CONSOLE } from '../test-support/console-request';

/** Requests other than Stadium's leader probes and its cluster model's app and pod reads. */
const appRequests = (instance: TestHttpServer): RecordedRequest[] =>
  instance.requests.filter(
    (r) => !['/v2/leader', '/v2/apps?embed=apps.tasks', '/v2/pods', '/v2/events'].includes(r.url),
  );

describe('Marathon proxy', () => {
  let upstreams: FakeUpstreams;
  let group: FakeMarathonGroup;
  let proxy: ProxyUnderTest;
  let i0: TestHttpServer, i1: TestHttpServer, i2: TestHttpServer;

  beforeEach(async () => {
    upstreams = await startFakeUpstreams({ masters: 1, marathons: 3, marathonLeader: 1 });
    group = upstreams.marathon;
    [i0, i1, i2] = group.instances as [TestHttpServer, TestHttpServer, TestHttpServer];
    proxy = await startProxyUnderTest(upstreams.sources);
  });

  afterEach(async () => {
    await proxy.close();
    await upstreams.stop();
  });

  it('finds the leader through /v2/leader and talks to it directly', async () => {
    const { status, body, headers } = await getJson(
      `${proxy.url}/api/marathon/v2/apps?embed=apps.tasks&embed=apps.counts`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      servedBy: i1.hostPort,
      url: '/v2/apps?embed=apps.tasks&embed=apps.counts',
    });
    expect(headers.get('x-marathon-leader')).toBe(i1.url);
    expect(appRequests(i0)).toHaveLength(0);
    expect(appRequests(i1)[0]?.headers['x-marathon-via']).toBeUndefined();
  });

  it('switches to the leader named in X-Marathon-Leader when a standby answered', async () => {
    group.elect(2);
    const payload = '{"id":"/web","cmd":"sleep 1000","instances":1}';
    const created = await getJson(`${proxy.url}/api/marathon/v2/apps`, {
      method: 'POST',
      headers: { ...CONSOLE, 'content-type': 'application/json' },
      body: payload,
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ servedBy: i2.hostPort, body: payload });
    expect(created.headers.get('x-marathon-via')).toBe(`1.1 ${i1.hostPort}`);
    expect(proxy.log).toContain(
      `marathon leader: ${i1.url} -> ${i2.url} (${i1.url} is a standby (X-Marathon-Via))`,
    );
    // The POST reached the leader exactly once, through the standby.
    expect(appRequests(i2).filter((r) => r.method === 'POST')).toHaveLength(1);

    await getJson(`${proxy.url}/api/marathon/v2/deployments`);
    expect(appRequests(i1)).toHaveLength(1);
    expect(appRequests(i2).at(-1)).toMatchObject({ url: '/v2/deployments' });
    expect(appRequests(i2).at(-1)?.headers['x-marathon-via']).toBeUndefined();
  });

  it('retries a GET on the new leader after the leader crashed', async () => {
    await i1.stop();
    group.elect(0);
    const { status, body } = await getJson(`${proxy.url}/api/marathon/v2/info`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ servedBy: i0.hostPort });
  });

  it('answers 503 JSON while Marathon has no leader, then recovers', async () => {
    group.elect(null);
    const { status, body } = await getJson(`${proxy.url}/api/marathon/v2/apps`);
    expect(status).toBe(503);
    expect(body).toEqual({
      message:
        'No Marathon instance is leading (3 instances known, 3 answering): ' +
        'Marathon reports no leader (election in progress?)',
    });
    group.elect(0);
    const recovered = await getJson(`${proxy.url}/api/marathon/v2/apps`);
    expect(recovered.status).toBe(200);
    expect(recovered.body).toMatchObject({ servedBy: i0.hostPort });
  });
});
