import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMarathonGroup, type FakeMarathonGroup } from '../test-support/fake-marathon';
import { sendJson, startTestHttpServer, type TestHttpServer } from '../test-support/http-server';
import { startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { rawRequest } from '../test-support/raw-request';
import { CONSOLE_CSP } from './response-headers';

let master: TestHttpServer;
let marathon: FakeMarathonGroup;
let proxy: ProxyUnderTest;

beforeAll(async () => {
  // A leading master whose other answers carry the content type and headers the test asks for.
  master = await startTestHttpServer((request, res) => {
    const url = new URL(request.url, 'http://master');
    if (url.pathname === '/metrics/snapshot') return sendJson(res, 200, { 'master/elected': 1 });
    const type = url.searchParams.get('type');
    if (type === null) return sendJson(res, 200, {});
    res.writeHead(200, {
      'content-type': type,
      'set-cookie': 'stadium-session=planted; Path=/',
      'access-control-allow-origin': '*',
    });
    res.end('<script>alert(document.domain)</script>');
  });
  marathon = await startFakeMarathonGroup(1);
  proxy = await startProxyUnderTest({
    mesos: master.url,
    marathon: marathon.instances.map((instance) => instance.url).join(','),
  });
});

afterAll(async () => {
  await proxy.close();
  await marathon.stop();
  await master.stop();
});

const upstreamFile = (type: string) =>
  rawRequest(`${proxy.url}/api/mesos/files/download?type=${encodeURIComponent(type)}`);

describe('response headers', () => {
  it('gives the console its CSP, no framing, nosniff and no referrer', async () => {
    const page = await rawRequest(`${proxy.url}/apps`);
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({
      'content-security-policy': CONSOLE_CSP,
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    const policy = CONSOLE_CSP.split('; ');
    expect(policy).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ]),
    );
    const scriptSrc = policy.find((directive) => directive.startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('marks every /api answer nosniff and same-origin only', async () => {
    for (const path of ['/api/cluster', '/api/mesos/master/state', '/api/nothing-here']) {
      const answer = await rawRequest(`${proxy.url}${path}`);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
    }
  });

  it.each([
    'text/html',
    'text/html; charset=utf-8',
    'image/svg+xml',
    'application/xml',
    'text/xml',
    'application/xhtml+xml',
  ])('sandboxes upstream %s so it can never run script on the console origin', async (type) => {
    const answer = await upstreamFile(type);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBe('sandbox');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['application/javascript', 'text/javascript; charset=utf-8', 'application/x-javascript'])(
    'serves upstream %s as text, never as a script',
    async (type) => {
      const answer = await upstreamFile(type);
      expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    },
  );

  it('keeps upstream cookies and CORS grants away from the browser', async () => {
    const answer = await upstreamFile('text/plain');
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('treats a percent-encoded /api path like /api', async () => {
    const answer = await rawRequest(
      `${proxy.url}/%61pi/mesos/files/download?type=application/javascript`,
    );
    if (answer.status === 200)
      expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    else expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).not.toMatch(/javascript/);
  });
});
