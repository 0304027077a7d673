import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskRow, TaskSlice } from '../../api/cluster-model';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import { startTestHttpServer, type TestHttpServer } from '../test-support/http-server';
import { CONSOLE } from '../test-support/console-request';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';

/** Content-Disposition as agents send it: Mesos writes the raw UTF-8 base name, unquoted. */
const DISPOSITIONS: Record<string, Buffer> = {
  raw: Buffer.from('attachment; filename=日志-stdout.log', 'utf8'),
  quoted: Buffer.from('attachment; filename="stdout \\"rotated\\" 1.log"', 'utf8'),
  rfc6266: Buffer.from(
    `attachment; filename="log.txt"; filename*=UTF-8''%E6%97%A5%E5%BF%97.txt`,
    'utf8',
  ),
};

/** An agent whose downloads carry exactly the header bytes above (written on the raw socket). */
async function startDispositionAgent(): Promise<TestHttpServer> {
  return startTestHttpServer((request, res) => {
    const kind = new URL(request.url, 'http://agent').searchParams.get('kind') ?? 'raw';
    const disposition = DISPOSITIONS[kind] ?? Buffer.alloc(0);
    const socket = res.socket;
    if (!socket) return;
    res.detachSocket(socket);
    socket.end(
      Buffer.concat([
        Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n'),
        Buffer.from('Content-Disposition: '),
        disposition,
        Buffer.from('\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok'),
      ]),
    );
  });
}

/** The Content-Disposition bytes exactly as they arrive on the wire. */
function rawDisposition(url: string): Promise<{ status: number; bytes: Buffer | null }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, (res) => {
      const at = res.rawHeaders.findIndex((name) => name.toLowerCase() === 'content-disposition');
      const value = at === -1 ? undefined : res.rawHeaders[at + 1];
      res.resume();
      res.on('end', () =>
        // Node hands header bytes over one char per byte (latin1).
        resolve({
          status: res.statusCode ?? 0,
          bytes: value === undefined ? null : Buffer.from(value, 'latin1'),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('hostile and unusual data', () => {
  // Mesos agent ids are ours to route by; a long one must reach the agent lookup, not a 404.
  const LONG_AGENT_ID = `${'a'.repeat(240)}-S7`;
  let upstreams: FakeUpstreams;
  let agent: TestHttpServer;
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    upstreams = await startFakeUpstreams({ masters: 1, marathons: 1 });
    agent = await startDispositionAgent();
    upstreams.masters[0]?.setAgents([{ id: LONG_AGENT_ID, pid: `slave(1)@${agent.hostPort}` }]);
    proxy = await startProxyUnderTest(upstreams.sources);
  });

  afterAll(async () => {
    await proxy.close();
    await Promise.all([upstreams.stop(), agent.stop()]);
  });

  it.each(Object.keys(DISPOSITIONS))(
    'keeps a %s Content-Disposition byte for byte, with a 240-character agent id',
    async (kind) => {
      const { status, bytes } = await rawDisposition(
        `${proxy.url}/api/agents/${LONG_AGENT_ID}/files/download?path=%2Fstdout&kind=${kind}`,
      );
      expect(status).toBe(200);
      expect(bytes?.equals(DISPOSITIONS[kind] ?? Buffer.alloc(1))).toBe(true);
    },
  );

  it('routes ids longer than 100 characters on every /api/cluster route', async () => {
    const longId = `${'x'.repeat(300)}.instance-1`;
    for (const path of [
      `/api/cluster/tasks/${longId}`,
      `/api/cluster/agents/${longId}`,
      `/api/cluster/agents/${longId}/history`,
      `/api/cluster/frameworks/${longId}`,
    ]) {
      const { status, body } = await getJson(`${proxy.url}${path}`);
      // The model answers (not loaded yet, or no such id), never the router's "no such route".
      expect([404, 503]).toContain(status);
      expect((body as { message: string }).message).not.toContain('No such Stadium route');
    }
  });
});

describe('ids of 200+ characters on the simulated cluster', () => {
  let proxy: ProxyUnderTest;
  // Nested groups, as deep and long as Marathon accepts: 5 segments of 45 characters.
  const segments = Array.from({ length: 5 }, (_, i) => `segment-${i}-${'n'.repeat(35)}`);
  const appId = `/${segments.join('/')}`;

  beforeAll(async () => {
    proxy = await startProxyUnderTest({});
  });

  afterAll(async () => {
    await proxy.close();
  });

  it('creates, reads and finds the tasks of an app with a 230-character nested id', async () => {
    expect(appId.length).toBeGreaterThan(200);
    const created = await getJson(`${proxy.url}/api/marathon/v2/apps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...CONSOLE },
      body: JSON.stringify({ id: appId, cmd: 'sleep 1000', cpus: 0.1, mem: 32, instances: 1 }),
    });
    expect(created.status).toBe(201);
    const app = await getJson(`${proxy.url}/api/marathon/v2/apps${appId}`);
    expect(app.status).toBe(200);
    expect(app.body).toMatchObject({ app: { id: appId } });

    // Its task (id longer still) reaches the proxy's model and is found by id.
    let task: TaskRow | undefined;
    await expect
      .poll(
        async () => {
          const { body } = await getJson(
            `${proxy.url}/api/cluster/tasks?q=${encodeURIComponent(segments[4] ?? '')}`,
          );
          task = (body as TaskSlice).rows.find((row) => row.state === 'TASK_RUNNING');
          return task !== undefined;
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true);
    expect(task?.id.length).toBeGreaterThan(200);
    const detail = await getJson(
      `${proxy.url}/api/cluster/tasks/${encodeURIComponent(task?.id ?? '')}`,
    );
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: task?.id });
  }, 40_000);
});
