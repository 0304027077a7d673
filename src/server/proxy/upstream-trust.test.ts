import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../../api/cluster';
import { startFakeAgent, type FakeAgent } from '../test-support/fake-agent';
import { sendJson, startTestHttpServer, type TestHttpServer } from '../test-support/http-server';
import { CONSOLE } from '../test-support/console-request';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';

const AGENT_ID = '5e2ad5a1-0d53-4a43-a2a4-9d2f5e6f7a10-S3';
const BROWSER_CREDENTIALS = { cookie: 'stadium-session=s3cret', authorization: 'Basic b3BzOnB3' };

/**
 * A cluster whose upstreams name a foreign host everywhere they can: the elected master 307s
 * /master/teardown there and names it in leader_info; the Marathon leader names it in
 * X-Marathon-Leader. `evil` records whatever reaches it (nothing must).
 */
let evil: TestHttpServer;
let master: TestHttpServer;
let marathon: TestHttpServer;
let agent: FakeAgent;
let proxy: ProxyUnderTest;

beforeAll(async () => {
  evil = await startTestHttpServer((_request, res) => sendJson(res, 200, { servedBy: 'evil' }));
  agent = await startFakeAgent({
    id: AGENT_ID,
    firstChunk: Buffer.from('a'),
    rest: Buffer.from('b'),
  });
  master = await startTestHttpServer((request, res) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/metrics/snapshot') return sendJson(res, 200, { 'master/elected': 1 });
    if (path === '/master/teardown' || path === '/master/redirect') {
      res.writeHead(307, { location: `//${evil.hostPort}${request.url}` }).end();
      return;
    }
    if (path === '/master/state' || path === '/master/slaves') {
      return sendJson(res, 200, {
        pid: `master@${master.hostPort}`,
        hostname: 'm1',
        leader_info: { hostname: 'evil', pid: `master@${evil.hostPort}` },
        slaves: [{ id: AGENT_ID, pid: agent.pid, hostname: 'agent-1', active: true }],
        frameworks: [],
      });
    }
    sendJson(res, 200, { servedBy: 'master', headers: request.headers });
  });
  marathon = await startTestHttpServer((request, res) => {
    if (request.url === '/v2/leader') return sendJson(res, 200, { leader: marathon.hostPort });
    sendJson(
      res,
      200,
      { servedBy: 'marathon', headers: request.headers },
      {
        'x-marathon-leader': `http://${evil.hostPort}`,
      },
    );
  });
  proxy = await startProxyUnderTest({ mesos: master.url, marathon: marathon.url });
});

afterAll(async () => {
  await proxy.close();
  await Promise.all([evil.stop(), master.stop(), marathon.stop(), agent.stop()]);
});

async function leaders(): Promise<{ mesos: string | null; marathon: string | null }> {
  const { body } = await getJson(`${proxy.url}/api/cluster`);
  const status = body as ClusterStatus;
  return { mesos: status.mesos.leader, marathon: status.marathon.leader };
}

describe('upstream trust', () => {
  it('does not follow a 307 to a foreign host, even for a write', async () => {
    const { status, body } = await getJson(`${proxy.url}/api/mesos/master/teardown`, {
      method: 'POST',
      headers: { ...CONSOLE, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'frameworkId=f1',
    });
    expect(status).toBe(502);
    expect(body).toEqual({
      message: expect.stringMatching(
        new RegExp(
          `redirected to http://${evil.hostPort}, which is not one of the known masters; Stadium did not follow it`,
        ),
      ),
    });
    expect(evil.requests).toEqual([]);
    expect(await leaders()).toEqual({ mesos: master.url, marathon: marathon.url });
  });

  it('does not adopt a foreign X-Marathon-Leader, and keeps using the real leader', async () => {
    for (let i = 0; i < 3; i++) {
      const { status, body } = await getJson(`${proxy.url}/api/marathon/v2/apps`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ servedBy: 'marathon' });
    }
    expect(await leaders()).toEqual({ mesos: master.url, marathon: marathon.url });
    expect(evil.requests).toEqual([]);
    expect(
      proxy.log.filter((line) => line.includes(`not adopting "http://${evil.hostPort}"`)),
    ).toHaveLength(1);
  });

  it("never takes leader_info's host as a destination", async () => {
    const { status } = await getJson(`${proxy.url}/api/mesos/master/state`);
    expect(status).toBe(200);
    await getJson(`${proxy.url}/api/cluster/tasks`);
    expect(evil.requests).toEqual([]);
    expect((await leaders()).mesos).toBe(master.url);
  });

  it.each(['/api/mesos/master/flags', '/api/marathon/v2/info', `/api/agents/${AGENT_ID}/state`])(
    "never forwards the browser's Cookie or Authorization (%s)",
    async (path) => {
      const { status } = await getJson(`${proxy.url}${path}`, { headers: BROWSER_CREDENTIALS });
      expect(status).toBe(200);
      const seen = [...master.requests, ...marathon.requests, ...agent.requests].filter(
        (request) => request.url === path.replace(/^\/api\/(mesos|marathon|agents\/[^/]+)/, ''),
      );
      expect(seen).not.toEqual([]);
      for (const request of seen) {
        expect(request.headers['cookie']).toBeUndefined();
        expect(request.headers['authorization']).toBeUndefined();
      }
    },
  );
});
