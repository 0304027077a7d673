import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../../api/cluster';
import type { MesosMasterState } from '../../api/mesos';
import { createSimulatedCluster, serveCluster, type ServedCluster } from '../../../mocks/index';
import { CONSOLE } from '../test-support/console-request';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import { sendJson, startTestHttpServer } from '../test-support/http-server';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { OPERATOR, signIn, writeTeamFiles } from '../test-support/team-files';
import { generateTestCertificates, type TestCertificates } from '../test-support/test-certificates';
import { basicAuthorization } from './upstream-credentials';

const MESOS = { principal: 'stadium-mesos', secret: 'm3sos-s3cret' };
const MARATHON = { principal: 'stadium-marathon', secret: 'mar4thon-s3cret' };
const SMALL = { masters: 1, agents: 1, marathons: 1 };

let proxy: ProxyUnderTest | undefined;
let upstreams: FakeUpstreams | undefined;
let served: ServedCluster | undefined;

afterEach(async () => {
  await proxy?.close();
  await upstreams?.stop();
  await served?.close();
  proxy = undefined;
  upstreams = undefined;
  served = undefined;
});

function credentialFile(dir: string, name: string, credential: typeof MESOS): string {
  const file = join(dir, name);
  writeFileSync(file, `${credential.principal}:${credential.secret}\n`);
  return file;
}

/** Everything a browser could see of an answer: status line, headers and body. */
async function seenByBrowser(url: string, init?: RequestInit): Promise<string> {
  const response = await fetch(url, init);
  return `${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`;
}

function secretsIn(text: string): string[] {
  const tokens = [MESOS, MARATHON].flatMap((credential) => [
    credential.secret,
    basicAuthorization(credential).slice('Basic '.length),
  ]);
  return tokens.filter((token) => text.includes(token));
}

describe('upstream credentials', () => {
  it('are sent as HTTP Basic on every request to masters and Marathon, in place of any the browser sent', async () => {
    const { dir } = writeTeamFiles();
    upstreams = await startFakeUpstreams({ masters: 2, marathons: 2 });
    proxy = await startProxyUnderTest({
      ...upstreams.sources,
      mesosCredentials: credentialFile(dir, 'mesos', MESOS),
      env: { STADIUM_MARATHON_CREDENTIALS: `${MARATHON.principal}:${MARATHON.secret}` },
    });
    const browserAuth = { authorization: 'Basic YnJvd3Nlcjpwdw==' };
    expect(
      (await getJson(`${proxy.url}/api/mesos/master/state`, { headers: browserAuth })).status,
    ).toBe(200);
    const put = await getJson(`${proxy.url}/api/marathon/v2/apps/nginx`, {
      method: 'PUT',
      headers: { ...CONSOLE, ...browserAuth, 'content-type': 'application/json' },
      body: '{"instances":1}',
    });
    expect(put.status).toBe(200);
    const masterRequests = upstreams.masters.flatMap((master) => master.requests);
    const marathonRequests = upstreams.marathon.instances.flatMap((instance) => instance.requests);
    expect(masterRequests.some((request) => request.url === '/metrics/snapshot')).toBe(true);
    expect(marathonRequests.some((request) => request.url === '/v2/leader')).toBe(true);
    for (const request of masterRequests) {
      expect(request.headers.authorization, request.url).toBe(basicAuthorization(MESOS));
    }
    for (const request of marathonRequests) {
      expect(request.headers.authorization, request.url).toBe(basicAuthorization(MARATHON));
    }
  });

  it("reach masters, agents and Marathon of a cluster that requires them; never a browser's answer or a log line", async () => {
    const team = writeTeamFiles();
    proxy = await startProxyUnderTest({
      simulation: SMALL,
      operators: team.operators,
      mesosCredentials: credentialFile(team.dir, 'mesos', MESOS),
      marathonCredentials: credentialFile(team.dir, 'marathon', MARATHON),
    });
    const { cookie } = await signIn(proxy.url, OPERATOR);
    const headers = { cookie: cookie ?? '' };
    const state = await getJson(`${proxy.url}/api/mesos/master/state`, { headers });
    expect(state.status).toBe(200);
    const agentId = (state.body as MesosMasterState).slaves[0]?.id ?? '';
    const cluster = await getJson(`${proxy.url}/api/cluster`, { headers });
    expect(cluster.body).toMatchObject({
      mesos: { leader: expect.any(String) },
      marathon: { leader: expect.any(String) },
    });
    const seen = [
      JSON.stringify(cluster),
      await seenByBrowser(`${proxy.url}/api/marathon/v2/apps`, { headers }),
      await seenByBrowser(`${proxy.url}/api/agents/${agentId}/state`, { headers }),
      await seenByBrowser(`${proxy.url}/api/mesos/master/flags`, { headers }),
      await seenByBrowser(`${proxy.url}/api/session`, { headers }),
      await seenByBrowser(`${proxy.url}/`, { headers }),
    ];
    expect(seen[2]).toMatch(/^200 /);
    expect(seen[1]).toMatch(/^200 /);
    expect(secretsIn([...seen, ...proxy.log].join('\n'))).toEqual([]);
  });

  it("turn an upstream 401 into a clear message and a banner: Mesos refused Stadium's credentials", async () => {
    const cluster = createSimulatedCluster(SMALL);
    served = await serveCluster(cluster, { credentials: { mesos: MESOS, marathon: MARATHON } });
    proxy = await startProxyUnderTest({
      mesos: served.masterUrls.join(','),
      marathon: served.marathonUrls.join(','),
      env: { STADIUM_MARATHON_CREDENTIALS: `${MARATHON.principal}:wrong` },
    });
    const status = (await getJson(`${proxy.url}/api/cluster`)).body as ClusterStatus;
    expect(status.mesos.nodes[0]?.error).toContain("Mesos refused Stadium's credentials (HTTP 401");
    expect(status.marathon.problem).toContain("Marathon refused Stadium's credentials (HTTP 401");
  });

  it('pass an upstream 403 on to the browser as a 502 that says the credentials were refused, never as 401', async () => {
    upstreams = await startFakeUpstreams({ masters: 1, marathons: 1 });
    const marathon = await startTestHttpServer((request, res) => {
      if (request.url === '/v2/leader') return sendJson(res, 200, { leader: marathon.hostPort });
      sendJson(res, 403, { message: 'Not Authorized to perform this action!' });
    });
    proxy = await startProxyUnderTest({ mesos: upstreams.sources.mesos, marathon: marathon.url });
    try {
      const refused = await getJson(`${proxy.url}/api/marathon/v2/apps/nginx`, {
        method: 'PUT',
        headers: { ...CONSOLE, 'content-type': 'application/json' },
        body: '{"instances":3}',
      });
      expect(refused.status).toBe(502);
      expect(refused.body).toEqual({
        message: expect.stringContaining(
          `Marathon refused Stadium's credentials (HTTP 403 from ${marathon.url})`,
        ),
      });
      const status = (await getJson(`${proxy.url}/api/cluster`)).body as ClusterStatus;
      expect(status.marathon.credentialsRefused).toContain(
        "Marathon refused Stadium's credentials",
      );
      expect(status.mesos.credentialsRefused).toBeUndefined();
    } finally {
      await marathon.stop();
    }
  });
});

describe('TLS', () => {
  let certificates: TestCertificates;
  let client: Agent;
  beforeAll(() => {
    certificates = generateTestCertificates();
    client = new Agent({ connect: { ca: certificates.ca } });
  });
  afterAll(async () => {
    await client.close();
  });

  it('serves the console over HTTPS with Secure session cookies, and talks to https:// upstreams trusted through --ca-file', async () => {
    const team = writeTeamFiles();
    proxy = await startProxyUnderTest({
      simulation: SMALL,
      simulationTls: { cert: certificates.cert, key: certificates.key },
      caFile: certificates.caFile,
      tlsCert: certificates.certFile,
      tlsKey: certificates.keyFile,
      operators: team.operators,
    });
    expect(proxy.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const signedIn = await undiciFetch(`${proxy.url}/api/session`, {
      method: 'POST',
      dispatcher: client,
      headers: { ...CONSOLE, 'content-type': 'application/json' },
      body: JSON.stringify({ username: OPERATOR.user, password: OPERATOR.password }),
    });
    const setCookie = signedIn.headers.getSetCookie()[0] ?? '';
    expect(setCookie).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
    const apps = await undiciFetch(`${proxy.url}/api/marathon/v2/apps`, {
      dispatcher: client,
      headers: { cookie: setCookie.split(';')[0] ?? '' },
    });
    expect(apps.status).toBe(200);
    const status = await undiciFetch(`${proxy.url}/api/cluster`, {
      dispatcher: client,
      headers: { cookie: setCookie.split(';')[0] ?? '' },
    });
    const body = (await status.json()) as ClusterStatus;
    expect(body.mesos.leader).toMatch(/^https:\/\//);
  });

  it('says an upstream certificate is not trusted instead of hanging, naming --ca-file', async () => {
    const cluster = createSimulatedCluster(SMALL);
    served = await serveCluster(cluster, {
      tls: { cert: certificates.cert, key: certificates.key },
    });
    proxy = await startProxyUnderTest({
      mesos: served.masterUrls.join(','),
      marathon: served.marathonUrls.join(','),
    });
    const status = (await getJson(`${proxy.url}/api/cluster`)).body as ClusterStatus;
    expect(status.mesos.nodes[0]?.error).toMatch(/TLS certificate is not trusted .*--ca-file/);
    expect(status.marathon.nodes[0]?.error).toMatch(/TLS certificate is not trusted .*--ca-file/);
  });

  it('refuses to start with a key that does not belong to the certificate', async () => {
    const other = generateTestCertificates();
    await expect(
      startProxyUnderTest({
        simulation: SMALL,
        tlsCert: certificates.certFile,
        tlsKey: other.keyFile,
      }),
    ).rejects.toThrow(/--tls-key .* is not the private key of --tls-cert/);
  });
});
