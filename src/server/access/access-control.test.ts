import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, SessionInfo } from '../../api/access';
import { CONSOLE } from '../test-support/console-request';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import { isModelStreamCall } from '../test-support/model-calls';
import type { RecordedRequest } from '../test-support/http-server';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { htpasswdLine, OPERATOR, signIn, VIEWER, writeTeamFiles } from '../test-support/team-files';
import { SessionKeeper } from './sessions';

const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** One write target per upstream route family. */
const UPSTREAM_WRITES = [
  '/api/mesos/master/teardown',
  '/api/marathon/v2/apps/nginx',
  '/api/agents/agent-1/files/browse',
];

/** What reached the fake upstreams beyond Stadium's own probes and model polls. */
function traffic(upstreams: FakeUpstreams): RecordedRequest[] {
  return [...upstreams.masters, ...upstreams.marathon.instances]
    .flatMap((node) => node.requests)
    .filter(
      (request) =>
        !isModelStreamCall(request) &&
        !/^\/(metrics\/snapshot|master\/redirect|master\/state|v2\/leader|v2\/apps\?embed|v2\/pods$)/.test(
          request.url,
        ),
    );
}

let upstreams: FakeUpstreams | undefined;
let proxy: ProxyUnderTest | undefined;

afterEach(async () => {
  await proxy?.close();
  await upstreams?.stop();
  proxy = undefined;
  upstreams = undefined;
});

async function start(options: Parameters<typeof startProxyUnderTest>[0] = {}) {
  upstreams = await startFakeUpstreams({ masters: 1, marathons: 1 });
  proxy = await startProxyUnderTest({ ...upstreams.sources, ...options });
  return { proxy, upstreams };
}

function write(url: string, method: string, cookie?: string) {
  return getJson(url, {
    method,
    headers: {
      ...CONSOLE,
      'content-type': 'application/json',
      ...(cookie !== undefined && { cookie }),
    },
    body: JSON.stringify({ id: '/nginx', instances: 2 }),
  });
}

describe('--read-only', () => {
  it('refuses every write method on every upstream route with 403 and a message; reads pass', async () => {
    const { proxy, upstreams } = await start({ readOnly: true });
    for (const path of UPSTREAM_WRITES) {
      for (const method of WRITE_METHODS) {
        const { status, body } = await write(`${proxy.url}${path}`, method);
        expect(status, `${method} ${path}`).toBe(403);
        expect(body).toMatchObject({
          reason: 'read-only',
          message: expect.stringContaining('read-only'),
        });
      }
    }
    expect(traffic(upstreams)).toEqual([]);
    expect((await getJson(`${proxy.url}/api/marathon/v2/apps/nginx`)).status).toBe(200);
    const session = await getJson(`${proxy.url}/api/session`);
    expect(session.body).toEqual({ signInRequired: false, readOnly: true, canAudit: true });
    expect(proxy.log.filter((line) => line.startsWith('refused'))).toHaveLength(12);
    expect(proxy.log.filter((line) => line.startsWith('audit:'))).toEqual([]);
  });
});

describe('sign-in with --operators and --viewers', () => {
  it('answers 401 on /api without a session, serves the console page and says sign-in is needed', async () => {
    const team = writeTeamFiles();
    const { proxy, upstreams } = await start({ operators: team.operators, viewers: team.viewers });
    for (const path of [
      '/api/mesos/master/state',
      '/api/marathon/v2/apps',
      '/api/agents/agent-1/state',
      '/api/cluster',
      '/api/cluster/tasks',
      '/api/audit',
    ]) {
      const { status, body } = await getJson(`${proxy.url}${path}`);
      expect(status, path).toBe(401);
      expect(body).toMatchObject({
        reason: 'no-session',
        message: expect.stringContaining('Sign in'),
      });
    }
    expect(traffic(upstreams)).toEqual([]);
    const page = await fetch(`${proxy.url}/apps`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Stadium test console');
    expect((await getJson(`${proxy.url}/api/session`)).body).toEqual({
      signInRequired: true,
      readOnly: false,
      canAudit: false,
    });
  });

  it('gives a viewer reads but no writes and no audit trail; an operator writes, and each write is audited', async () => {
    const team = writeTeamFiles();
    const auditLog = join(team.dir, 'audit.jsonl');
    const { proxy, upstreams } = await start({
      operators: team.operators,
      viewers: team.viewers,
      auditLog,
    });

    const viewer = await signIn(proxy.url, VIEWER);
    expect(viewer.status).toBe(200);
    expect(viewer.body).toEqual({
      signInRequired: true,
      user: VIEWER.user,
      role: 'viewer',
      readOnly: true,
      canAudit: false,
    } satisfies SessionInfo);
    const cookie = { cookie: viewer.cookie ?? '' };
    expect((await getJson(`${proxy.url}/api/marathon/v2/apps`, { headers: cookie })).status).toBe(
      200,
    );
    for (const path of UPSTREAM_WRITES) {
      const refused = await write(`${proxy.url}${path}`, 'PUT', viewer.cookie);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        reason: 'viewer',
        message: expect.stringContaining('victor is a viewer'),
      });
    }
    expect((await getJson(`${proxy.url}/api/audit`, { headers: cookie })).status).toBe(403);
    expect(traffic(upstreams).filter((request) => request.method !== 'GET')).toEqual([]);

    const operator = await signIn(proxy.url, OPERATOR);
    expect(operator.body).toMatchObject({
      user: OPERATOR.user,
      role: 'operator',
      readOnly: false,
      canAudit: true,
    });
    const scaled = await write(
      `${proxy.url}/api/marathon/v2/apps/nginx?force=true`,
      'PUT',
      operator.cookie,
    );
    expect(scaled.status).toBe(200);
    expect(traffic(upstreams).filter((request) => request.method === 'PUT')).toHaveLength(1);

    // The trail's file stream flushes after the answer has gone out.
    const fileLines = () => readFileSync(auditLog, 'utf8').split('\n').filter(Boolean);
    await expect.poll(fileLines).toHaveLength(1);
    const lines = fileLines();
    const entry = JSON.parse(lines[0] ?? '') as AuditEntry;
    expect(entry).toMatchObject({
      user: OPERATOR.user,
      address: '127.0.0.1',
      method: 'PUT',
      path: '/api/marathon/v2/apps/nginx?force=true',
      target: '/nginx',
      status: 200,
    });
    expect(Date.now() - Date.parse(entry.time)).toBeLessThan(60_000);
    expect(proxy.log.filter((line) => line.startsWith('refused PUT'))).toHaveLength(3);

    const trail = await getJson(`${proxy.url}/api/audit?user=olga&target=nginx`, {
      headers: { cookie: operator.cookie ?? '' },
    });
    expect(trail.body).toEqual({ entries: [entry] });
    const none = await getJson(`${proxy.url}/api/audit?user=victor`, {
      headers: { cookie: operator.cookie ?? '' },
    });
    expect(none.body).toEqual({ entries: [] });
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and never returns the password or hash', async () => {
    const team = writeTeamFiles();
    const { proxy } = await start({ operators: team.operators, sessionIdle: 30 });
    const answer = await signIn(proxy.url, OPERATOR);
    expect(answer.setCookie).toHaveLength(1);
    expect(answer.setCookie[0]).toMatch(
      /^stadium_session=[\w-]+\.[\w-]+; Path=\/; Max-Age=1800; HttpOnly; SameSite=Strict$/,
    );
    const hash = readFileSync(team.operators, 'utf8').split(':')[1]?.trim() ?? '';
    const everything = [JSON.stringify(answer), ...proxy.log].join('\n');
    expect(everything).not.toContain(OPERATOR.password);
    expect(everything).not.toContain(hash);
    const wrong = await signIn(proxy.url, { ...OPERATOR, password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.cookie).toBeUndefined();
    expect(proxy.log.join('\n')).not.toContain('nope');
  });

  it('locks a user after five wrong passwords in a minute: 429 even for the right one', async () => {
    const team = writeTeamFiles();
    const { proxy } = await start({ operators: team.operators });
    for (let i = 0; i < 5; i++) {
      expect((await signIn(proxy.url, { ...OPERATOR, password: `wrong-${i}` })).status).toBe(401);
    }
    const locked = await signIn(proxy.url, OPERATOR);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({
      message: expect.stringContaining('Too many wrong passwords for olga'),
    });
    expect(locked.cookie).toBeUndefined();
    // Another user is not locked by olga's failures.
    const team2 = writeTeamFiles();
    writeFileSync(
      team.operators,
      `${readFileSync(team.operators, 'utf8')}${readFileSync(team2.viewers, 'utf8')}`,
    );
    proxy.stadium.reloadUsers();
    expect((await signIn(proxy.url, VIEWER)).status).toBe(200);
  });

  it('ends a session after its idle time, and at sign-out', async () => {
    const team = writeTeamFiles();
    const keyFile = join(team.dir, 'session.key');
    const key = Buffer.alloc(32, 3);
    writeFileSync(keyFile, key);
    const { proxy } = await start({
      operators: team.operators,
      sessionKeyFile: keyFile,
      sessionIdle: 1,
    });
    // A cookie signed with the right key but last used two minutes ago.
    const past = new SessionKeeper(key, 60_000, () => Date.now() - 120_000);
    const stale = `stadium_session=${past.encode(past.issue(OPERATOR.user))}`;
    expect((await getJson(`${proxy.url}/api/cluster`, { headers: { cookie: stale } })).status).toBe(
      401,
    );
    const fresh = new SessionKeeper(key, 60_000);
    const valid = `stadium_session=${fresh.encode(fresh.issue(OPERATOR.user))}`;
    expect((await getJson(`${proxy.url}/api/cluster`, { headers: { cookie: valid } })).status).toBe(
      200,
    );

    const { cookie } = await signIn(proxy.url, OPERATOR);
    const headers = { cookie: cookie ?? '' };
    expect((await getJson(`${proxy.url}/api/cluster`, { headers })).status).toBe(200);
    const out = await fetch(`${proxy.url}/api/session`, {
      method: 'DELETE',
      headers: { ...CONSOLE, ...headers },
    });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie()[0]).toMatch(
      /^stadium_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict$/,
    );
    expect((await getJson(`${proxy.url}/api/cluster`, { headers })).status).toBe(401);
  });

  it('re-reads the user files when they change: a removed user loses their session at once', async () => {
    const team = writeTeamFiles();
    const { proxy } = await start({ operators: team.operators, viewers: team.viewers });
    const { cookie } = await signIn(proxy.url, VIEWER);
    const headers = { cookie: cookie ?? '' };
    expect((await getJson(`${proxy.url}/api/cluster`, { headers })).status).toBe(200);
    const promoted = { user: 'vera', password: 'new-person' };
    writeFileSync(team.viewers, `${htpasswdLine(promoted)}\n`);
    await proxy.waitForLog((line) => line.startsWith('access: read 2 users'));
    expect((await getJson(`${proxy.url}/api/cluster`, { headers })).status).toBe(401);
    expect((await signIn(proxy.url, promoted)).status).toBe(200);
  });
});
