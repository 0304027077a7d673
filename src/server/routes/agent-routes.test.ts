import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAgent, type FakeAgent } from '../test-support/fake-agent';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { CONSOLE } from '../test-support/console-request';
import { proxyOnFakeUpstreams } from '../test-support/proxy-on-fake-upstreams';
import { defined } from '../test-support/defined';

const AGENT_ID = '1d2f6b52-8ad9-4ba4-9a7b-2c1d0f7e4b3a-S0';

describe('/api/agents', () => {
  let upstreams: FakeUpstreams;
  let agent: FakeAgent;
  let proxy: ProxyUnderTest;
  const firstChunk = Buffer.alloc(256 * 1024, 'a');
  const rest = Buffer.alloc(1024 * 1024, 'b');

  beforeAll(async () => {
    upstreams = await startFakeUpstreams({ masters: 2, marathons: 1 });
    agent = await startFakeAgent({ id: AGENT_ID, firstChunk, rest });
    for (const master of upstreams.masters)
      master.setAgents([{ id: AGENT_ID, pid: agent.pid, hostname: 'slave-1' }]);
    proxy = await startProxyUnderTest(upstreams.sources);
  });

  afterAll(async () => {
    await proxy.close();
    await Promise.all([upstreams.stop(), agent.stop()]);
  });

  it('streams a sandbox download from the agent named by the leader, headers intact', async () => {
    const response = await fetch(
      `${proxy.url}/api/agents/${AGENT_ID}/files/download?path=%2Fvar%2Flib%2Fmesos%2Fstdout`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="stdout"');
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('etag')).toBe('"sandbox-stdout-1"');
    expect(response.headers.get('content-length')).toBe(String(firstChunk.length + rest.length));
    const reader = defined(response.body).getReader();
    // The agent holds back the rest until released: reaching the first bytes proves streaming.
    let received = 0;
    while (received < firstChunk.length) {
      const { value } = await reader.read();
      received += value?.length ?? 0;
    }
    agent.releaseDownload();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value.length;
    }
    expect(received).toBe(firstChunk.length + rest.length);
    expect(agent.requests.at(-1)?.url).toBe('/files/download?path=%2Fvar%2Flib%2Fmesos%2Fstdout');
  });

  it('proxies the agent state endpoints', async () => {
    const { status, body } = await getJson(`${proxy.url}/api/agents/${AGENT_ID}/slave(1)/state`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: AGENT_ID });
  });

  it('answers 404 for an agent the leading master does not know, without guessing', async () => {
    const before = agent.requests.length;
    const { status, body } = await getJson(`${proxy.url}/api/agents/nope-S9/files/browse?path=/`);
    expect(status).toBe(404);
    expect(body).toEqual({ message: 'Agent nope-S9 is not known to the leading master' });
    expect(agent.requests.length).toBe(before);
  });

  it.each(['/api/v1', '/master/state', '/files/%2e%2e/api/v1', '/metrics'])(
    'does not proxy %s on agents',
    async (path) => {
      const { status } = await getJson(`${proxy.url}/api/agents/${AGENT_ID}${path}`);
      expect(status).toBe(404);
    },
  );

  it('refuses writes to agents', async () => {
    const { status } = await getJson(`${proxy.url}/api/agents/${AGENT_ID}/files/read`, {
      method: 'POST',
      headers: CONSOLE,
      body: 'x',
    });
    expect(status).toBe(404);
  });
});

describe('/api/masters', () => {
  const running = proxyOnFakeUpstreams();
  const upstreams = {
    get masters() {
      return running.upstreams().masters;
    },
  };
  const proxy = {
    get url() {
      return running.proxy().url;
    },
  };

  it('asks a standby itself for what every master answers for itself', async () => {
    const standby = defined(upstreams.masters[1]);
    const metrics = await getJson(`${proxy.url}/api/masters/${standby.hostPort}/metrics/snapshot`);
    expect(metrics).toMatchObject({
      status: 200,
      body: { 'master/elected': 0, 'master/uptime_secs': 12.5 },
    });
    const version = await getJson(`${proxy.url}/api/masters/${standby.hostPort}/version`);
    expect(version.body).toMatchObject({ servedBy: standby.hostPort, url: '/version' });
  });

  it("reads a standby's own log, and downloads it", async () => {
    const standby = defined(upstreams.masters[1]);
    const read = await getJson(
      `${proxy.url}/api/masters/${standby.hostPort}/files/read?path=%2Fmaster%2Flog&offset=-1`,
    );
    expect(read).toMatchObject({
      status: 200,
      body: { servedBy: standby.hostPort, url: '/files/read?path=%2Fmaster%2Flog&offset=-1' },
    });
    const download = await getJson(
      `${proxy.url}/api/masters/${standby.hostPort}/files/download?path=/master/log`,
    );
    expect(download.body).toMatchObject({ servedBy: standby.hostPort });
  });

  it.each([
    '/master/state',
    '/api/v1',
    '/files/read',
    '/version/x',
    '/files/read?path=/etc/passwd',
    '/files/read?path=/master/log&path=/etc/passwd',
    '/files/read?path=/master/log;path=/etc/passwd',
    '/files/read?x=1;path=/etc/passwd&path=/master/log',
    '/files/browse?path=/master/log',
    '/files/debug',
  ])('does not proxy %s on masters', async (path) => {
    const standby = defined(upstreams.masters[1]);
    const asked = () =>
      standby.requests.filter((request) => request.url.startsWith(path.split('?')[0] ?? path))
        .length;
    const before = asked();
    const { status } = await getJson(`${proxy.url}/api/masters/${standby.hostPort}${path}`);
    expect(status).toBe(404);
    // Refused before the master: it saw nothing of it.
    expect(asked()).toBe(before);
  });

  it('reaches only masters Stadium knows, never a host the browser names', async () => {
    const { status, body } = await getJson(`${proxy.url}/api/masters/169.254.169.254:80/version`);
    expect(status).toBe(404);
    expect(body).toEqual({ message: '169.254.169.254:80 is not a known master' });
  });
});
