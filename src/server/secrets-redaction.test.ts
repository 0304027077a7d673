import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstreams, type FakeUpstreams } from './test-support/fake-upstreams';
import { startProxyUnderTest, type ProxyUnderTest } from './test-support/proxy-harness';
import { parseUpstreamSource } from './upstream-source';

const SECRET = 's3cret';
const STADIUM_BASIC = `Basic ${Buffer.from(`ops:${SECRET}`).toString('base64')}`;

/** Everything an operator or a browser can see of this Stadium: /api/cluster, the page, the log. */
async function everythingShown(proxy: ProxyUnderTest): Promise<string> {
  const cluster = await (await fetch(`${proxy.url}/api/cluster`)).text();
  const page = await (await fetch(`${proxy.url}/`)).text();
  return [cluster, page, ...proxy.log].join('\n');
}

describe('credentials in http:// upstream URLs', () => {
  let upstreams: FakeUpstreams;
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    upstreams = await startFakeUpstreams({ masters: 2, marathons: 1 });
    const withUser = (list: string) => list.replaceAll('http://', `http://ops:${SECRET}@`);
    proxy = await startProxyUnderTest({
      mesos: withUser(upstreams.sources.mesos),
      marathon: withUser(upstreams.sources.marathon),
    });
  });

  afterAll(async () => {
    await proxy.close();
    await upstreams.stop();
  });

  it('are sent to those nodes as Basic auth, in place of whatever the browser sent', async () => {
    const response = await fetch(`${proxy.url}/api/mesos/master/flags`, {
      headers: { authorization: 'Basic YnJvd3Nlcjp4' },
    });
    expect(response.status).toBe(200);
    const leader = upstreams.masters[0];
    const proxied = leader?.requests.filter((request) => request.url === '/master/flags') ?? [];
    expect(proxied).toHaveLength(1);
    expect(proxied[0]?.headers['authorization']).toBe(STADIUM_BASIC);
    const probes = leader?.requests.filter((request) => request.url === '/metrics/snapshot') ?? [];
    expect(probes[0]?.headers['authorization']).toBe(STADIUM_BASIC);
  });

  it('never appear in /api/cluster, the page or the log', async () => {
    const shown = await everythingShown(proxy);
    expect(shown).not.toContain(SECRET);
    expect(shown).toContain(`http://ops:***@${upstreams.masters[0]?.hostPort}`);
  });
});

describe('credentials in zk:// strings', () => {
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    // Nothing listens on port 1: the error messages and logs that follow must not leak either.
    proxy = await startProxyUnderTest({
      mesos: `zk://ops:${SECRET}@127.0.0.1:1/mesos`,
      marathon: `zk://ops:${SECRET}@127.0.0.1:1/marathon`,
    });
  }, 30_000);

  afterAll(async () => {
    await proxy.close();
  });

  it('never appear in /api/cluster, the page or the log', async () => {
    const shown = await everythingShown(proxy);
    expect(shown).not.toContain(SECRET);
    expect(shown).toContain('zk://ops:***@127.0.0.1:1/mesos');
    expect(shown).toContain('did not answer');
  });
});

describe('credentials in an invalid upstream string', () => {
  it.each([
    `zk://ops:${SECRET}@h 1:2181/mesos`,
    `zk://ops:${SECRET}@h1:2181`,
    `http://ops:${SECRET}@m1:5050/master`,
    `http://ops:${SECRET}@m1:5050,http://ops:${SECRET}@m1:5050`,
  ])('never appear in the message for %s', (value) => {
    const parsed = parseUpstreamSource(value);
    expect(parsed).toHaveProperty('error');
    expect(JSON.stringify(parsed)).not.toContain(SECRET);
  });
});
