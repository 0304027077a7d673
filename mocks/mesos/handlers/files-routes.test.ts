import { describe, expect, it } from 'vitest';
import type { MesosAgentState, MesosFileInfo, MesosFileRead } from '../../../src/api/mesos';
import { createMesosForTest, registerTestScheduler } from '../testing/mesos-test-support';
import { MAX_READ_BYTES } from './files-routes';
import { useMswTestServer } from '../../testing/msw-test-server';

const server = useMswTestServer();

const AGENT_1 = 'http://slave-1.mesos.test:5051';

/** An nginx task on slave-1 that has been writing its logs for `runningMs`. */
async function nginxSandboxAfter(runningMs: number) {
  const simulation = createMesosForTest();
  server.use(...simulation.handlers());
  const scheduler = registerTestScheduler(simulation);
  const taskId = scheduler.launchDockerTask('nginx', 0, 31010);
  simulation.model.advance(runningMs);
  const state = (await (await fetch(`${AGENT_1}/slave(1)/state`)).json()) as MesosAgentState;
  const executor = state.frameworks
    .find((f) => f.name === 'marathon')
    ?.executors.find((e) => e.id === taskId);
  if (!executor) throw new Error('nginx executor missing from agent state');
  return { simulation, scheduler, taskId, directory: executor.directory, state };
}

const files = (endpoint: string, query: Record<string, string>) =>
  fetch(`${AGENT_1}/files/${endpoint}?${new URLSearchParams(query).toString()}`);

async function download(path: string): Promise<Uint8Array> {
  const response = await files('download', { path });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

/** Decode a /files/read body as latin1, as a byte-exact client does: one char per byte. */
async function readBytes(
  query: Record<string, string>,
): Promise<{ bytes: Uint8Array; offset: number }> {
  const response = await files('read', query);
  expect(response.status).toBe(200);
  const body = new TextDecoder('latin1').decode(await response.arrayBuffer());
  const { data, offset } = JSON.parse(body) as MesosFileRead;
  return { bytes: Uint8Array.from(data, (c) => c.charCodeAt(0)), offset };
}

describe('agent state', () => {
  it('lists executors with their sandbox directory and the completed Spark job', async () => {
    const { simulation, directory, taskId, state } = await nginxSandboxAfter(30_000);
    const agent = simulation.model.agents[0];
    expect(state.pid).toBe('slave(1)@slave-1.mesos.test:5051');
    expect(state.hostname).toBe('slave-1');
    expect(directory).toMatch(
      new RegExp(
        `^/var/lib/mesos/slaves/${agent?.id ?? ''}/frameworks/[^/]+/executors/${taskId}/runs/[0-9a-f-]{36}$`,
      ),
    );
    expect(state.completed_frameworks.map((f) => f.name)).toEqual(['spark-pi']);
    expect(state.completed_frameworks[0]?.completed_executors).toHaveLength(1);
    expect((await fetch(`${AGENT_1}/state`)).status).toBe(200);
  });
});

describe('/files/browse', () => {
  it('lists stdout and stderr with ls-style modes under every name of the sandbox', async () => {
    const { directory, taskId, simulation, scheduler } = await nginxSandboxAfter(30_000);
    const listing = (await (await files('browse', { path: directory })).json()) as MesosFileInfo[];
    expect(listing.map((f) => f.path)).toEqual([`${directory}/stderr`, `${directory}/stdout`]);
    expect(listing[1]).toMatchObject({ mode: '-rw-r--r--', nlink: 1, uid: 'root', gid: 'root' });
    expect(listing[1]?.size).toBeGreaterThan(0);
    // nginx writes a line every 2 s, so its stdout changed within the last 2 s of model time.
    expect(listing[1]?.mtime).toBeGreaterThanOrEqual(Math.floor(simulation.model.now() / 1000) - 2);
    expect(listing[1]?.mtime).toBeLessThanOrEqual(simulation.model.now() / 1000);
    const latest = directory.replace(/runs\/[^/]+$/, 'runs/latest');
    const virtual = `/frameworks/${scheduler.port.frameworkId}/executors/${taskId}/runs/latest`;
    for (const path of [latest, virtual, `${virtual}/`]) {
      const entries = (await (await files('browse', { path })).json()) as MesosFileInfo[];
      expect(entries.map((f) => f.size)).toEqual(listing.map((f) => f.size));
    }
    const single = (await (
      await files('browse', { path: `${directory}/stdout` })
    ).json()) as MesosFileInfo[];
    expect(single).toEqual([listing[1]]);
  });

  it('answers 400 without a path and 404 for paths nothing is attached to', async () => {
    const { directory } = await nginxSandboxAfter(1_000);
    expect((await fetch(`${AGENT_1}/files/browse`)).status).toBe(400);
    expect((await files('browse', { path: '/var/lib/mesos' })).status).toBe(404);
    expect((await files('browse', { path: `${directory}/nope` })).status).toBe(404);
    const onOtherAgent = await fetch(
      `http://slave-2.mesos.test:5051/files/browse?path=${encodeURIComponent(directory)}`,
    );
    expect(onOtherAgent.status).toBe(404);
  });
});

describe('/files/read', () => {
  it('reports the size for offset=-1 or no offset, reading nothing', async () => {
    const { directory } = await nginxSandboxAfter(30_000);
    const size = (await download(`${directory}/stdout`)).length;
    const queries: Record<string, string>[] = [
      { offset: '-1' },
      {},
      { offset: '-1', length: '-1' },
    ];
    for (const query of queries) {
      const response = await files('read', { path: `${directory}/stdout`, ...query });
      expect(await response.json()).toEqual({ data: '', offset: size });
    }
  });

  it('returns the exact bytes of a range, capped at 64 KiB, splitting multi-byte characters', async () => {
    const { directory } = await nginxSandboxAfter(3_600_000);
    const whole = await download(`${directory}/stdout`);
    expect(whole.length).toBeGreaterThan(2 * MAX_READ_BYTES);
    const chineseAt = whole.indexOf(0xe4, 300);
    const split = await readBytes({
      path: `${directory}/stdout`,
      offset: String(chineseAt + 1),
      length: '5',
    });
    expect(split).toEqual({
      bytes: whole.subarray(chineseAt + 1, chineseAt + 6),
      offset: chineseAt + 1,
    });
    const toEnd = await readBytes({ path: `${directory}/stdout`, offset: '100' });
    expect(toEnd.bytes).toEqual(whole.subarray(100, 100 + MAX_READ_BYTES));
    const tail = await readBytes({
      path: `${directory}/stdout`,
      offset: String(whole.length - 10),
      length: '-1',
    });
    expect(tail.bytes).toEqual(whole.subarray(whole.length - 10));
  });

  it('is valid UTF-8 JSON for a whole-line chunk containing Chinese text', async () => {
    const { directory } = await nginxSandboxAfter(30_000);
    const response = await files('read', { path: `${directory}/stdout`, offset: '0' });
    const { data } = (await response.json()) as MesosFileRead;
    expect(data).toContain('信息 已处理请求 端口=31010');
    expect(data).toContain('"GET / HTTP/1.1"');
  });

  it('echoes an offset at or past EOF with no data', async () => {
    const { directory } = await nginxSandboxAfter(30_000);
    const size = (await download(`${directory}/stdout`)).length;
    for (const offset of [size, size + 1000]) {
      const response = await files('read', { path: `${directory}/stdout`, offset: String(offset) });
      expect(await response.json()).toEqual({ data: '', offset });
    }
  });

  it('grows as the task keeps writing and stops when it is killed', async () => {
    const { directory, simulation, scheduler, taskId } = await nginxSandboxAfter(30_000);
    const sizeNow = async () =>
      ((await (await files('read', { path: `${directory}/stdout` })).json()) as MesosFileRead)
        .offset;
    const before = await sizeNow();
    simulation.model.advance(10_000);
    expect(await sizeNow()).toBeGreaterThan(before);
    scheduler.port.kill(taskId);
    simulation.model.advance(2_000);
    const killed = await sizeNow();
    simulation.model.advance(60_000);
    expect(await sizeNow()).toBe(killed);
  });

  it('answers 400 for bad parameters and directories, 404 for unknown files', async () => {
    const { directory } = await nginxSandboxAfter(30_000);
    const status = async (query: Record<string, string>) => (await files('read', query)).status;
    expect(await status({ path: `${directory}/stdout`, offset: '0', length: '-2' })).toBe(400);
    expect(await status({ path: `${directory}/stdout`, offset: '-5' })).toBe(400);
    expect(await status({ path: `${directory}/stdout`, offset: 'abc' })).toBe(400);
    expect(await status({ path: directory, offset: '0' })).toBe(400);
    expect(await status({ path: `${directory}/missing`, offset: '0' })).toBe(404);
    expect((await fetch(`${AGENT_1}/files/read?offset=0`)).status).toBe(400);
  });

  it('wraps the reply in a jsonp callback', async () => {
    const { directory } = await nginxSandboxAfter(30_000);
    const response = await files('read', {
      path: `${directory}/stdout`,
      offset: '0',
      length: '3',
      jsonp: 'cb',
    });
    expect(await response.text()).toBe('cb({"data":"--c","offset":0});');
  });
});

describe('/files/download', () => {
  it('sends the raw bytes as an attachment named after the file', async () => {
    const { directory } = await nginxSandboxAfter(3_600_000);
    const response = await files('download', { path: `${directory}/stderr` });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=stderr');
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(new TextDecoder().decode(bytes)).toContain('上游响应缓慢');
    const stdout = await download(`${directory}/stdout`);
    const read = await readBytes({
      path: `${directory}/stdout`,
      offset: String(stdout.length - 3000),
      length: '3000',
    });
    expect(read.bytes).toEqual(stdout.subarray(stdout.length - 3000));
  });

  it('answers 400 for a directory and 404 for an unknown path', async () => {
    const { directory } = await nginxSandboxAfter(1_000);
    expect((await files('download', { path: directory })).status).toBe(400);
    expect((await files('download', { path: '/etc/passwd' })).status).toBe(404);
  });
});
