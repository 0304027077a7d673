import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMarathonGroup, type FakeMarathonGroup } from '../test-support/fake-marathon';
import { sendJson, startTestHttpServer, type TestHttpServer } from '../test-support/http-server';
import { CONSOLE } from '../test-support/console-request';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';

const TIMEOUT_MS = 1_000;

/**
 * A leading master that hangs on /master/hang (accepts, never answers), stalls the body of
 * /master/stall after its first bytes, and trickles /files/download for longer than the timeout.
 */
async function startMisbehavingMaster(): Promise<TestHttpServer> {
  return startTestHttpServer(async (request, res) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/metrics/snapshot') return sendJson(res, 200, { 'master/elected': 1 });
    if (path === '/master/hang') return;
    if (path === '/master/stall') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"frameworks": [');
      return;
    }
    if (path === '/files/download') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      for (let i = 0; i < 6; i++) {
        res.write(`chunk ${i}\n`);
        await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS / 2.5));
      }
      res.end('done\n');
      return;
    }
    sendJson(res, 200, { path });
  });
}

describe('deadlines', () => {
  let master: TestHttpServer;
  let marathon: FakeMarathonGroup;
  let hungMarathon: TestHttpServer;
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    master = await startMisbehavingMaster();
    marathon = await startFakeMarathonGroup(1);
    proxy = await startProxyUnderTest({
      mesos: master.url,
      marathon: marathon.instances.map((instance) => instance.url).join(','),
      upstreamTimeoutMs: TIMEOUT_MS,
      clientRequestTimeoutMs: TIMEOUT_MS,
    });
  });

  afterAll(async () => {
    await proxy.close();
    await Promise.all([master.stop(), marathon.stop(), hungMarathon?.stop()]);
  });

  it('answers 504 with a message when the leader accepts a GET and never answers, once', async () => {
    const started = performance.now();
    const { status, body } = await getJson(`${proxy.url}/api/mesos/master/hang`);
    const elapsed = performance.now() - started;
    expect(status).toBe(504);
    expect(body).toEqual({
      message: `The Mesos master at ${master.url} did not answer: no answer within 1 s`,
    });
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1_500);
    // A header timeout is no connection error: the hung request was not sent a second time.
    expect(master.requests.filter((r) => r.url === '/master/hang')).toHaveLength(1);
  });

  it('never repeats a write that timed out, and says it may have been applied', async () => {
    const { status, body } = await getJson(`${proxy.url}/api/mesos/master/hang`, {
      method: 'POST',
      body: 'frameworkId=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...CONSOLE },
    });
    expect(status).toBe(504);
    expect((body as { message: string }).message).toBe(
      `The Mesos master at ${master.url} did not answer the POST (no answer within 1 s). ` +
        'Stadium did not send it again because it may already have been applied; check before retrying.',
    );
    expect(
      master.requests.filter((r) => r.url === '/master/hang' && r.method === 'POST'),
    ).toHaveLength(1);
  });

  it('cuts an ordinary body that stalls after the headers', async () => {
    const response = await fetch(`${proxy.url}/api/mesos/master/stall`);
    expect(response.status).toBe(200);
    const started = performance.now();
    await expect(response.text()).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1_500);
  });

  it('lets a download run longer than the deadline while its bytes keep moving', async () => {
    const started = performance.now();
    const response = await fetch(`${proxy.url}/api/mesos/files/download?path=%2Fstdout`);
    const text = await response.text();
    expect(performance.now() - started).toBeGreaterThan(TIMEOUT_MS * 2);
    expect(text).toBe('chunk 0\nchunk 1\nchunk 2\nchunk 3\nchunk 4\nchunk 5\ndone\n');
  });

  it('cuts a client that stalls mid-body while serving everybody else', async () => {
    const socket = connect(Number(new URL(proxy.url).port), '127.0.0.1');
    const closed = new Promise<{ afterMs: number; reply: string }>((resolve) => {
      const started = performance.now();
      let reply = '';
      socket.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
      socket.on('close', () => resolve({ afterMs: performance.now() - started, reply }));
      socket.on('error', () => undefined);
    });
    socket.write(
      'POST /api/marathon/v2/apps HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'X-Stadium-Console: 1\r\n' +
        'Content-Length: 100\r\n\r\n{"id": "/stalled',
    );
    // Meanwhile the proxy answers others at once.
    const { status } = await getJson(`${proxy.url}/api/cluster`);
    expect(status).toBe(200);
    const { afterMs, reply } = await closed;
    expect(reply).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeLessThan(TIMEOUT_MS + 2_500);
    // The half-sent write never reached Marathon.
    expect(marathon.instances[0]?.requests.some((r) => r.body.includes('stalled'))).toBe(false);
  });

  it('answers 504 for a Marathon instance that hangs, within the deadline', async () => {
    hungMarathon = await startTestHttpServer((request, res) => {
      if (request.url === '/v2/leader')
        return sendJson(res, 200, { leader: hungMarathon.hostPort });
    });
    const other = await startProxyUnderTest({
      mesos: master.url,
      marathon: hungMarathon.url,
      upstreamTimeoutMs: TIMEOUT_MS,
    });
    try {
      const started = performance.now();
      const { status, body } = await getJson(`${other.url}/api/marathon/v2/apps`);
      expect(status).toBe(504);
      expect((body as { message: string }).message).toContain('no answer within 1 s');
      expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1_500);
    } finally {
      await other.close();
    }
  });
});
