import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TaskDetail, TaskSlice } from '../../api/cluster-model';
import type { MesosFileInfo } from '../../api/mesos';
import { defined, nth } from '../test-support/defined';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';

/** Three weeks of a docker task's access log: a stdout of about 85 MB from the first second. */
const LOG_BACKLOG_MS = 21 * 24 * 3_600_000;
const MB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * JS heap plus Buffers/ArrayBuffers still referenced, after a full collection: a body held by
 * the proxy would show up here, the chunks already passed on would not.
 */
function heldBytes(): number {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

describe('sandbox downloads through the proxy', () => {
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    proxy = await startProxyUnderTest({ simulation: { logBacklogMs: LOG_BACKLOG_MS } });
    defined(proxy.stadium.simulation).cluster.advance(60_000);
  });

  afterAll(async () => {
    await proxy.close();
  });

  it('streams an 80+ MB file with its real name without the proxy holding it', async () => {
    const task = await vi.waitFor(
      async () => {
        const { body } = await getJson(`${proxy.url}/api/cluster/tasks?state=active&q=nginx`);
        return nth((body as TaskSlice).rows, 0);
      },
      { timeout: 10_000, interval: 100 },
    );
    const detail = (await getJson(`${proxy.url}/api/cluster/tasks/${task.id}`)).body as TaskDetail;
    const sandbox = `/frameworks/${detail.frameworkId}/executors/${detail.executorId || detail.id}/runs/latest`;
    const agentApi = `${proxy.url}/api/agents/${detail.agentId}`;
    const listing = await getJson(`${agentApi}/files/browse?path=${encodeURIComponent(sandbox)}`);
    const stdout = defined(
      (listing.body as MesosFileInfo[]).find((f) => f.path.endsWith('/stdout')),
    );
    expect(stdout.size).toBeGreaterThan(80 * MB);

    const before = heldBytes();
    let peak = before;
    const response = await fetch(
      `${agentApi}/files/download?path=${encodeURIComponent(`${sandbox}/stdout`)}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=stdout');
    let received = 0;
    let nextSample = 0;
    for await (const chunk of defined(response.body)) {
      received += chunk.length;
      if (received < nextSample) continue;
      peak = Math.max(peak, heldBytes());
      nextSample += 5 * MB;
    }
    // The file grows with model time, which the running clock keeps moving.
    expect(received).toBeGreaterThanOrEqual(stdout.size);
    expect(peak - before).toBeLessThan(40 * MB);
  });
});
