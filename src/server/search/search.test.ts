import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchAnswer } from '../../api/search';
import { shellPod } from '../../../mocks/marathon/testing/app-fixtures';
import { CONSOLE } from '../test-support/console-request';
import { defined } from '../test-support/defined';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';

let proxy: ProxyUnderTest | undefined;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

async function start() {
  proxy = await startProxyUnderTest({});
  const { url } = proxy;
  await vi.waitFor(
    async () => expect((await fetch(`${url}/api/cluster/summary`)).status).toBe(200),
    { timeout: 10_000, interval: 50 },
  );
  const cluster = defined(proxy.stadium.simulation).cluster;
  const search = async (q: string) => {
    const answer = await getJson(`${url}/api/search?${new URLSearchParams({ q }).toString()}`);
    expect(answer.status).toBe(200);
    return (answer.body as SearchAnswer).results;
  };
  return { url, cluster, search };
}

describe('/api/search', { timeout: 20_000 }, () => {
  it('finds agents by hostname, id and attribute, apps and frameworks by name', async () => {
    const { cluster, search } = await start();
    const [agent] = cluster.agents();
    expect(await search('SLAVE-2')).toEqual([
      {
        kind: 'agent',
        id: cluster.agents()[1]?.id,
        label: 'slave-2',
        detail: cluster.agents()[1]?.id,
      },
    ]);
    expect((await search(defined(agent).id)).map((result) => result.label)).toContain('slave-1');
    // rack-2 is an attribute value: only the agents carrying it.
    expect((await search('rack-2')).map((result) => result.label)).toEqual(['slave-2']);
    expect(await search('ngin')).toContainEqual({ kind: 'app', id: '/nginx', label: '/nginx' });
    expect((await search('marathon')).map((result) => result.kind)).toContain('framework');
    expect(await search('   ')).toEqual([]);
  });

  it('finds tasks by the start of their id only, with their framework', async () => {
    const { url, cluster, search } = await start();
    cluster.advance(60_000);
    const taskId = await vi.waitFor(async () => {
      const tasks = (await getJson(`${url}/api/marathon/v2/apps/basic-0/tasks`)).body as {
        tasks: { id: string }[];
      };
      return defined(tasks.tasks[0]).id;
    });
    await vi.waitFor(async () =>
      expect(await search(taskId.slice(0, 12))).toContainEqual(
        expect.objectContaining({ kind: 'task', id: taskId, frameworkId: expect.any(String) }),
      ),
    );
    expect((await search(taskId.slice(3, 15))).some((result) => result.kind === 'task')).toBe(
      false,
    );
  });

  it('finds a pod (and its group) once Marathon tells about it, and opens nothing else as a pod', async () => {
    const { url, search } = await start();
    expect(await search('cart')).toEqual([]);
    const created = await getJson(`${url}/api/marathon/v2/pods`, {
      method: 'POST',
      headers: { ...CONSOLE, 'content-type': 'application/json' },
      body: JSON.stringify(shellPod('/shop/cart')),
    });
    expect(created.status).toBe(201);
    // The pod_created_event refreshes the model's Marathon read, pods included.
    await vi.waitFor(async () =>
      expect(await search('cart')).toEqual([
        { kind: 'pod', id: '/shop/cart', label: '/shop/cart' },
      ]),
    );
    expect(await search('/sho')).toContainEqual({ kind: 'group', id: '/shop', label: '/shop' });
    expect((await search('ngin')).map((result) => result.kind)).not.toContain('pod');
  });

  it('passes the request pipeline like every /api route: cross-site requests and foreign origins are refused', async () => {
    const { url } = await start();
    for (const path of ['/api/search?q=slave', '/api/feed']) {
      const crossSite = await getJson(`${url}${path}`, {
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(crossSite.status, path).toBe(403);
      expect(crossSite.body).toMatchObject({ reason: 'cross-site' });
      const foreignOrigin = await getJson(`${url}${path}`, {
        headers: { origin: 'https://evil.example' },
      });
      expect(foreignOrigin.status, path).toBe(403);
    }
  });

  it('refuses a repeated query parameter with a message', async () => {
    const { url } = await start();
    const answer = await getJson(`${url}/api/search?q=a&q=b`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ message: '"q" must be given once' });
  });
});
