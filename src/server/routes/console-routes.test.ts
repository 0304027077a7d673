import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import {
  startProxyUnderTest,
  TEST_INDEX_HTML,
  type ProxyUnderTest,
} from '../test-support/proxy-harness';

describe('console routes', () => {
  let upstreams: FakeUpstreams;
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    upstreams = await startFakeUpstreams({ masters: 1, marathons: 1 });
    proxy = await startProxyUnderTest(upstreams.sources);
  });

  afterAll(async () => {
    await proxy.close();
    await upstreams.stop();
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
