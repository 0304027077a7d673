import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defined } from './test-support/defined';
import { startFakeMarathonGroup, type FakeMarathonGroup } from './test-support/fake-marathon';
import { sendJson, startTestHttpServer, type TestHttpServer } from './test-support/http-server';
import { getJson, startProxyUnderTest } from './test-support/proxy-harness';

const BIN = fileURLToPath(new URL('../../bin/stadium.js', import.meta.url));
const GUARDS = fileURLToPath(new URL('./graceful-shutdown.ts', import.meta.url));

/** A leading master whose /master/slow answers after `slowMs`, and whose downloads never end. */
async function startSlowMaster(slowMs: number): Promise<TestHttpServer> {
  return startTestHttpServer(async (request, res) => {
    const path = request.url.split('?')[0];
    if (path === '/metrics/snapshot') return sendJson(res, 200, { 'master/elected': 1 });
    if (path === '/master/slow') {
      await new Promise((resolve) => setTimeout(resolve, slowMs));
      return sendJson(res, 200, { finished: true });
    }
    if (path === '/files/download') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    sendJson(res, 200, {});
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown', () => {
  let master: TestHttpServer;
  let marathon: FakeMarathonGroup;

  beforeAll(async () => {
    master = await startSlowMaster(1_500);
    marathon = await startFakeMarathonGroup(1);
  });

  afterAll(async () => {
    await Promise.all([master.stop(), marathon.stop()]);
  });

  const sources = () => ({
    mesos: master.url,
    marathon: defined(marathon.instances[0]).url,
  });

  it('lets a request in flight finish, ends streams at once and refuses new requests', async () => {
    const proxy = await startProxyUnderTest(sources());
    const slow = getJson(`${proxy.url}/api/mesos/master/slow`);
    const download = await fetch(`${proxy.url}/api/mesos/files/download?path=%2Fstdout`);
    const reading = download.text().then(
      () => 'ended',
      () => 'cut',
    );
    await wait(300);
    const started = performance.now();
    const closing = proxy.close();
    // The stream does not hold the shutdown: it is cut at once.
    expect(await reading).toBe('cut');
    await wait(100);
    await expect(fetch(`${proxy.url}/api/cluster`)).rejects.toThrow();
    expect(await slow).toMatchObject({ status: 200, body: { finished: true } });
    await closing;
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('cuts what is still running when the grace period ends', async () => {
    const proxy = await startProxyUnderTest({ ...sources(), shutdownGraceMs: 300 });
    const slow = getJson(`${proxy.url}/api/mesos/master/slow`).then(
      () => 'answered',
      () => 'cut',
    );
    await wait(200);
    const started = performance.now();
    await proxy.close();
    expect(performance.now() - started).toBeLessThan(1_200);
    expect(await slow).toBe('cut');
  });

  it('exits 0 on SIGTERM after the request in flight was answered', async () => {
    const { mesos, marathon: marathonUrl } = sources();
    const child = spawn(
      process.execPath,
      [BIN, '--port', '0', '--mesos', mesos, '--marathon', marathonUrl],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const seen: string[] = [];
    let url = '';
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => seen.push(line));
    await expect
      .poll(() => (url = /serving the console at (\S+)/.exec(seen.join('\n'))?.[1] ?? ''), {
        timeout: 20_000,
      })
      .not.toBe('');
    const slow = getJson(`${url}/api/mesos/master/slow`);
    await wait(300);
    child.kill('SIGTERM');
    expect(await slow).toMatchObject({ status: 200, body: { finished: true } });
    expect(await exited).toBe(0);
    expect(
      seen.some((line) =>
        line.endsWith('Stadium: SIGTERM, shutting down (requests in flight get up to 10 s)'),
      ),
    ).toBe(true);
    expect(seen.at(-1)).toMatch(/Stadium: stopped$/);
  }, 40_000);
});

describe('process guards', () => {
  it('logs a lost rejection and a peer reset and keeps running; a bug shuts down with 1', async () => {
    const script = `
      const { guardProcess } = await import(${JSON.stringify(GUARDS)});
      guardProcess(
        (line) => console.log(line.split('\\n')[0]),
        () => { console.log('fatal handler ran'); process.exit(1); },
      );
      Promise.reject(new Error('nobody awaited this'));
      setTimeout(() => {
        throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
      }, 20);
      setTimeout(() => console.log('still running'), 60);
      setTimeout(() => { throw new TypeError('a bug'); }, 100);
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stdout.trim().split('\n')).toEqual([
      'unhandled rejection (Stadium keeps running): Error: nobody awaited this',
      'connection error nobody handled (ECONNRESET; Stadium keeps running): Error: read ECONNRESET',
      'still running',
      'fatal: uncaughtException: TypeError: a bug',
      'fatal handler ran',
    ]);
    expect(code).toBe(1);
  }, 20_000);
});
