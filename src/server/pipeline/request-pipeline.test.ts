import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import { startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { CONSOLE } from '../test-support/console-request';
import { rawRequest } from '../test-support/raw-request';

const EVIL = 'https://evil.example';

let upstreams: FakeUpstreams;
let proxy: ProxyUnderTest;

beforeAll(async () => {
  upstreams = await startFakeUpstreams({ masters: 2, marathons: 2 });
  proxy = await startProxyUnderTest({
    ...upstreams.sources,
    publicUrl: 'https://stadium.example.com',
  });
});

afterAll(async () => {
  await proxy.close();
  await upstreams.stop();
});

/**
 * Requests any upstream received for `path` (beyond discovery probes and the cluster model's
 * polls, which are GETs without a query).
 */
function upstreamSaw(path: string, method = 'GET'): number {
  return [...upstreams.masters, ...upstreams.marathon.instances]
    .flatMap((server) => server.requests)
    .filter((request) => request.method === method && request.url.startsWith(path)).length;
}

describe('the request pipeline', () => {
  it.each([
    ['text/plain', 'framework_id=x'],
    ['application/x-www-form-urlencoded', 'frameworkId=x'],
  ])('refuses a cross-site form POST (%s) to teardown; no master sees it', async (type, body) => {
    const answer = await rawRequest(`${proxy.url}/api/mesos/master/teardown`, {
      method: 'POST',
      headers: { 'content-type': type, origin: EVIL, 'sec-fetch-site': 'cross-site' },
      body,
    });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({
      reason: 'cross-site',
      message: expect.stringMatching(/other web pages/),
    });
    expect(upstreamSaw('/master/teardown', 'POST')).toBe(0);
  });

  it('refuses a foreign Origin even when the browser sends no Sec-Fetch-Site', async () => {
    const answer = await rawRequest(`${proxy.url}/api/marathon/v2/apps/nginx/restart`, {
      method: 'POST',
      headers: { ...CONSOLE, origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'force=true',
    });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({
      reason: 'foreign-origin',
      message: expect.stringContaining(EVIL),
    });
    expect(upstreamSaw('/v2/apps/nginx/restart', 'POST')).toBe(0);
  });

  it('refuses a same-site page (another port on localhost)', async () => {
    const answer = await rawRequest(`${proxy.url}/api/mesos/master/state?same-site`, {
      headers: { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:3000' },
    });
    expect(answer.status).toBe(403);
    expect(upstreamSaw('/master/state?same-site')).toBe(0);
  });

  it('refuses a write without the console header and names the header', async () => {
    const answer = await rawRequest(`${proxy.url}/api/marathon/v2/apps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":"/evil"}',
    });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({
      reason: 'missing-write-header',
      message: expect.stringContaining('X-Stadium-Console: 1'),
    });
    expect(upstreamSaw('/v2/apps', 'POST')).toBe(0);
  });

  it.each(['evil.example', 'evil.example:8090', 'stadium.example.com.evil.example', 'a b'])(
    'answers 421 to the foreign Host %s (DNS rebinding) and proxies nothing',
    async (host) => {
      const answer = await rawRequest(`${proxy.url}/api/mesos/master/state?rebind=1`, {
        headers: { host },
      });
      expect(answer.status).toBe(421);
      expect(answer.json).toMatchObject({
        reason: 'foreign-host',
        message: expect.stringContaining('https://stadium.example.com'),
      });
      expect(upstreamSaw('/master/state?rebind=1')).toBe(0);
    },
  );

  it('refuses a foreign Host for the console page too', async () => {
    const answer = await rawRequest(`${proxy.url}/`, { headers: { host: 'evil.example' } });
    expect(answer.status).toBe(421);
  });

  it.each([
    'localhost:1234',
    '127.0.0.1',
    '[::1]:8090',
    'stadium.example.com',
    'STADIUM.example.com:443',
  ])('serves the expected Host %s', async (host) => {
    const answer = await rawRequest(`${proxy.url}/api/cluster`, { headers: { host } });
    expect(answer.status).toBe(200);
  });

  it('accepts the --public-url origin behind a TLS load balancer', async () => {
    const answer = await rawRequest(`${proxy.url}/api/marathon/v2/apps`, {
      method: 'POST',
      headers: {
        ...CONSOLE,
        host: 'stadium.example.com',
        origin: 'https://stadium.example.com',
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      body: '{"id":"/lb"}',
    });
    expect(answer.status).toBe(200);
  });

  it.each(['jsonp', 'callback', 'JSONP'])(
    'refuses ?%s= (JSONP) and proxies nothing',
    async (name) => {
      const answer = await rawRequest(`${proxy.url}/api/mesos/master/state?${name}=steal`);
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({
        reason: 'jsonp',
        message: expect.stringContaining(name),
      });
      expect(upstreamSaw(`/master/state?${name}`)).toBe(0);
    },
  );

  it('answers a CORS preflight itself without CORS headers, never forwarding it', async () => {
    const answer = await rawRequest(`${proxy.url}/api/mesos/master/teardown`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST' },
    });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    const plain = await rawRequest(`${proxy.url}/api/mesos/master/teardown`, { method: 'OPTIONS' });
    expect(plain.status).toBe(405);
    expect(plain.json).toMatchObject({ reason: 'preflight' });
    expect(
      upstreams.masters.flatMap((m) => m.requests).filter((r) => r.method === 'OPTIONS'),
    ).toEqual([]);
  });

  it('passes a same-origin console write to the leader', async () => {
    const answer = await rawRequest(`${proxy.url}/api/marathon/v2/apps`, {
      method: 'POST',
      headers: {
        ...CONSOLE,
        origin: proxy.url,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      body: '{"id":"/console"}',
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ method: 'POST', body: '{"id":"/console"}' });
  });

  it('leaves the operational endpoints to their routes whatever the Host', async () => {
    const answer = await rawRequest(`${proxy.url}/healthz`, {
      headers: { host: '10.1.2.3:31005' },
    });
    expect(answer.status).not.toBe(421);
  });
});
