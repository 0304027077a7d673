import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMesosMasters, type FakeMesosMaster } from '../test-support/fake-mesos-master';
import { startFakeMarathonGroup, type FakeMarathonGroup } from '../test-support/fake-marathon';
import {
  startProxyUnderTest,
  TEST_INDEX_HTML,
  type ProxyUnderTest,
} from '../test-support/proxy-harness';
import { nth } from '../test-support/defined';

describe('console routes', () => {
  let masters: FakeMesosMaster[];
  let group: FakeMarathonGroup;
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    masters = await startFakeMesosMasters(1);
    group = await startFakeMarathonGroup(1);
    proxy = await startProxyUnderTest({
      mesos: nth(masters, 0).url,
      marathon: nth(group.instances, 0).url,
    });
  });

  afterAll(async () => {
    await proxy.close();
    await Promise.all([...masters.map((m) => m.stop()), group.stop()]);
  });

  it.each(['/', '/apps/nginx', '/agents/S0/browse?path=/tmp'])(
    'serves index.html for %s',
    async (path) => {
      const response = await fetch(`${proxy.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(TEST_INDEX_HTML);
    },
  );

  it('answers HEAD page loads', async () => {
    const response = await fetch(`${proxy.url}/frameworks`, { method: 'HEAD' });
    expect(response.status).toBe(200);
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const response = await fetch(`${proxy.url}/assets/app-1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers unknown /api paths and non-page requests with 404 JSON', async () => {
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['GET', '/api'],
      ['POST', '/apps/nginx'],
      ['DELETE', '/'],
    ] as const) {
      const response = await fetch(`${proxy.url}${path}`, { method });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        message: `No such Stadium route: ${method} ${path}`,
      });
    }
  });
});
