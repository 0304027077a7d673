import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electMesosLeader, type FakeMesosMaster } from '../test-support/fake-mesos-master';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import type { RecordedRequest } from '../test-support/http-server';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { CONSOLE } from '../test-support/console-request';
import { isModelStreamCall } from '../test-support/model-calls';

/** Requests other than Stadium's own leader probes and its cluster model's reads. */
const traffic = (master: FakeMesosMaster): RecordedRequest[] =>
  master.requests.filter(
    (r) =>
      !/^\/(metrics\/snapshot|master\/redirect)/.test(r.url) &&
      r.url !== '/master/state' &&
      !isModelStreamCall(r),
  );

describe('Mesos proxy with a leader and two standbys', () => {
  let upstreams: FakeUpstreams;
  let masters: FakeMesosMaster[];
  let proxy: ProxyUnderTest;
  let m0: FakeMesosMaster, m1: FakeMesosMaster, m2: FakeMesosMaster;

  beforeEach(async () => {
    upstreams = await startFakeUpstreams({ masters: 3, marathons: 1 });
    masters = upstreams.masters;
    [m0, m1, m2] = masters as [FakeMesosMaster, FakeMesosMaster, FakeMesosMaster];
    proxy = await startProxyUnderTest(upstreams.sources);
  });

  afterEach(async () => {
    await proxy.close();
    await upstreams.stop();
  });

  it('sends requests to the elected master, path and query untouched', async () => {
    const { status, body } = await getJson(`${proxy.url}/api/mesos/master/state?y=&x=%2Fa%20b`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ servedBy: m0.hostPort, url: '/master/state?y=&x=%2Fa%20b' });
    expect(traffic(m1)).toHaveLength(0);
    expect(traffic(m2)).toHaveLength(0);
    expect(proxy.log.filter((line) => line.startsWith('mesos'))).toEqual([
      `mesos leader: (none) -> ${m0.url} (master/elected)`,
    ]);
  });

  it('follows a 307 from a master that lost leadership, keeping method and body', async () => {
    electMesosLeader(masters, 1);
    const payload = JSON.stringify({ type: 'GET_AGENTS' });
    const { status, body } = await getJson(`${proxy.url}/api/mesos/api/v1?stream=no`, {
      method: 'POST',
      headers: { ...CONSOLE, 'content-type': 'application/json', authorization: 'Basic b3BzOnB3' },
      body: payload,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      servedBy: m1.hostPort,
      method: 'POST',
      url: '/api/v1?stream=no',
      body: payload,
    });
    const [redirected] = traffic(m0);
    expect(redirected).toMatchObject({ method: 'POST', body: payload });
    const [followed] = traffic(m1);
    expect(followed?.headers['content-type']).toBe('application/json');
    // The browser's credentials are never forwarded upstream.
    expect(followed?.headers['authorization']).toBeUndefined();
    expect(proxy.log).toContain(
      `mesos leader: ${m0.url} -> ${m1.url} (${m0.url} redirected to it)`,
    );

    // The redirect taught the proxy the new leader: the next request goes there directly.
    await getJson(`${proxy.url}/api/mesos/master/slaves`);
    expect(traffic(m0)).toHaveLength(1);
    expect(traffic(m1).map((r) => r.url)).toEqual(['/api/v1?stream=no', '/master/slaves']);
  });

  it('keeps answering GETs through an election and a leader crash, retrying once', async () => {
    const served = new Set<string>();
    const get = async () => {
      const { status, body } = await getJson(`${proxy.url}/api/mesos/master/state-summary`);
      expect(status).toBe(200);
      served.add((body as { servedBy: string }).servedBy);
    };
    await Promise.all([get(), get(), get()]);
    electMesosLeader(masters, 1);
    await Promise.all([get(), get(), get()]);
    await m1.stop();
    electMesosLeader(masters, 2);
    await Promise.all([get(), get(), get()]);
    await get();
    expect(served).toEqual(new Set([m0.hostPort, m1.hostPort, m2.hostPort]));
    // One switch, one line; how it was learnt (probe or redirect) depends on who asked first.
    expect(proxy.log.filter((line) => line.includes(`-> ${m2.url} (`))).toHaveLength(1);
  });

  it('never replays a POST that reached the leader before the connection dropped', async () => {
    m0.dropNext('/master/api/v1');
    const { status, body } = await getJson(`${proxy.url}/api/mesos/master/api/v1`, {
      method: 'POST',
      headers: { ...CONSOLE, 'content-type': 'application/json' },
      body: '{"type":"TEARDOWN","teardown":{"framework_id":{"value":"f-1"}}}',
    });
    expect(status).toBe(502);
    expect((body as { message: string }).message).toMatch(
      new RegExp(`^The Mesos master at ${m0.url} did not answer the POST .*did not send it again`),
    );
    const posts = masters.flatMap((m) => traffic(m).filter((r) => r.method === 'POST'));
    expect(posts).toHaveLength(1);
    expect(traffic(m0)).toHaveLength(1);
  });

  it('re-sends a POST that never reached a crashed leader (connection refused)', async () => {
    await m0.stop();
    electMesosLeader(masters, 1);
    const { status, body } = await getJson(`${proxy.url}/api/mesos/master/api/v1`, {
      method: 'POST',
      body: '{"type":"GET_HEALTH"}',
      headers: { ...CONSOLE, 'content-type': 'application/json' },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ servedBy: m1.hostPort, body: '{"type":"GET_HEALTH"}' });
    expect(traffic(m1)).toHaveLength(1);
  });

  it('answers 503 JSON naming the masters when none leads', async () => {
    for (const master of masters) master.follow(null);
    const { status, body } = await getJson(`${proxy.url}/api/mesos/master/state`);
    expect(status).toBe(503);
    expect(body).toEqual({
      message: 'No Mesos master is leading (3 masters known, 3 answering): No leader elected',
    });
    await m2.stop();
    const later = await getJson(`${proxy.url}/api/mesos/master/frameworks`);
    expect(later.body).toEqual({
      message: 'No Mesos master is leading (3 masters known, 2 answering): No leader elected',
    });
  });

  it('refuses request bodies over the cap with 413 JSON', async () => {
    const { status, body } = await getJson(`${proxy.url}/api/mesos/api/v1`, {
      method: 'POST',
      headers: { ...CONSOLE, 'content-type': 'application/octet-stream' },
      body: Buffer.alloc(5 * 1024 * 1024 + 1),
    });
    expect(status).toBe(413);
    expect(body).toEqual({
      message: 'Request bodies sent through Stadium are limited to 5 MB; send a smaller body.',
    });
    expect(traffic(m0)).toHaveLength(0);
  });
  it('gives up on a redirect loop after a few hops with 502 JSON', async () => {
    m0.follow(m1);
    m1.follow(m0);
    const { status, body } = await getJson(`${proxy.url}/api/mesos/master/tasks?limit=10`);
    expect(status).toBe(502);
    expect((body as { message: string }).message).toBe(
      `Redirect loop: more than 3 redirects: ${[m0, m1, m0, m1, m0]
        .map((m) => `${m.url}/master/tasks?limit=10`)
        .join(' -> ')}`,
    );
    // The first request and its three followed hops; the fourth redirect is not followed.
    expect([...traffic(m0), ...traffic(m1)]).toHaveLength(4);
  });
});
