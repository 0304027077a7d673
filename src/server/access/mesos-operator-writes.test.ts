import { afterEach, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../api/access';
import { CONSOLE } from '../test-support/console-request';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { OPERATOR, signIn, VIEWER, writeTeamFiles } from '../test-support/team-files';

/** The Roles and Maintenance pages' calls, as the console sends them. */
const CALLS = [
  {
    type: 'UPDATE_QUOTA',
    update_quota: {
      force: false,
      quota_configs: [{ role: 'eng/analytics', guarantees: { cpus: { value: 1 } }, limits: {} }],
    },
  },
  { type: 'START_MAINTENANCE', start_maintenance: { machines: [{ hostname: 'slave-1' }] } },
];

let upstreams: FakeUpstreams | undefined;
let proxy: ProxyUnderTest | undefined;

afterEach(async () => {
  await proxy?.close();
  await upstreams?.stop();
  proxy = undefined;
  upstreams = undefined;
});

/** The calls above that reached a master (Stadium's own GET_MASTER and SUBSCRIBE left out). */
const operatorCalls = (fake: FakeUpstreams) =>
  fake.masters
    .flatMap((master) => master.requests)
    .filter((request) => CALLS.some((call) => request.body.includes(`"type":"${call.type}"`)));

function send(url: string, body: unknown, headers: Record<string, string>) {
  return getJson(`${url}/api/mesos/api/v1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('Mesos operator writes through the proxy', () => {
  it('refuses them without the console header, for viewers and in read-only mode, before the master sees them', async () => {
    const team = writeTeamFiles();
    upstreams = await startFakeUpstreams({ masters: 1, marathons: 1 });
    proxy = await startProxyUnderTest({
      ...upstreams.sources,
      operators: team.operators,
      viewers: team.viewers,
    });
    const viewer = await signIn(proxy.url, VIEWER);
    const operator = await signIn(proxy.url, OPERATOR);
    for (const call of CALLS) {
      const headerless = await send(proxy.url, call, { cookie: operator.cookie ?? '' });
      expect(headerless.status).toBe(403);
      expect(headerless.body).toMatchObject({ reason: 'missing-write-header' });
      const refused = await send(proxy.url, call, { ...CONSOLE, cookie: viewer.cookie ?? '' });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ reason: 'viewer' });
    }
    expect(operatorCalls(upstreams)).toEqual([]);

    await proxy.close();
    proxy = await startProxyUnderTest({ ...upstreams.sources, readOnly: true });
    for (const call of CALLS) {
      expect((await send(proxy.url, call, CONSOLE)).status).toBe(403);
    }
    expect(operatorCalls(upstreams)).toEqual([]);
  });

  it("sends an operator's call once and audits it with the role or machine it changes", async () => {
    const team = writeTeamFiles();
    upstreams = await startFakeUpstreams({ masters: 1, marathons: 1 });
    proxy = await startProxyUnderTest({ ...upstreams.sources, operators: team.operators });
    const operator = await signIn(proxy.url, OPERATOR);
    const cookie = { cookie: operator.cookie ?? '' };
    for (const call of CALLS) await send(proxy.url, call, { ...CONSOLE, ...cookie });
    expect(operatorCalls(upstreams)).toHaveLength(2);
    const trail = (await getJson(`${proxy.url}/api/audit`, { headers: cookie })).body as AuditPage;
    expect(trail.entries.map((entry) => [entry.path, entry.target])).toEqual([
      ['/api/mesos/api/v1', 'slave-1'],
      ['/api/mesos/api/v1', 'eng/analytics'],
    ]);
  });
});
