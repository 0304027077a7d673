import { describe, expect, it } from 'vitest';
import { getJson, sendJson } from './testing/http';
import { MARATHON_ADDRESSES, useSimulatedMarathonServer } from './testing/simulated-marathon';
import { ELECTION_DELAY_MS } from './marathon-instances';

const marathon = useSimulatedMarathonServer();
const [first = '', second = ''] = MARATHON_ADDRESSES;

describe('Marathon leadership and standbys', () => {
  it('names instance 0 as leader on every instance', async () => {
    const m = marathon.start();
    for (const index of [0, 1, 2]) {
      const reply = await getJson(m.url('/v2/leader', index));
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ leader: first });
    }
    expect(m.simulation.leader()).toEqual({ address: first });
  });

  it('marks leader-served responses with X-Marathon-Leader and no-cache headers', async () => {
    const m = marathon.start();
    const reply = await getJson(m.url('/v2/apps'));
    expect(reply.headers.get('X-Marathon-Leader')).toBe(`http://${first}`);
    expect(reply.headers.get('X-Marathon-Via')).toBeNull();
    expect(reply.headers.get('Cache-Control')).toBe('no-cache, no-store, must-revalidate');
  });

  it('proxies a standby request to the leader and adds X-Marathon-Via', async () => {
    const m = marathon.start();
    const reply = await getJson<{ leader: string; elected: boolean }>(m.url('/v2/info', 1));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('X-Marathon-Via')).toBe(`1.1 ${second}`);
    expect(reply.headers.get('X-Marathon-Leader')).toBe(`http://${first}`);
    expect(reply.body.leader).toBe(first);
    expect(reply.body.elected).toBe(true);
  });

  it('describes the leader in /v2/info with master, zookeeper and http config', async () => {
    const m = marathon.start();
    const { body } = await getJson<Record<string, Record<string, unknown>>>(m.url('/v2/info'));
    expect(body.frameworkId).toBe(m.scheduler.frameworkId);
    expect(body.marathon_config?.master).toBe('master-1.mesos.test:5050');
    expect(body.zookeeper_config?.zk_max_versions).toBe(50);
    expect(body.http_config).toEqual({ http_port: 8080, https_port: 8443 });
  });

  it('answers /ping with pong', async () => {
    const m = marathon.start();
    const response = await fetch(m.url('/ping', 2));
    expect(await response.text()).toBe('pong');
  });

  it('drops connections to a stopped instance', async () => {
    const m = marathon.start();
    m.simulation.stopInstance(2);
    await expect(fetch(m.url('/v2/apps', 2))).rejects.toThrow();
  });

  it('answers 503 HTML without a leader, 404 on /v2/leader, then elects another after a delay', async () => {
    const m = marathon.start();
    m.simulation.stopInstance(0);
    const apps = await fetch(m.url('/v2/apps', 1));
    expect(apps.status).toBe(503);
    expect(apps.headers.get('Content-Type')).toContain('text/html');
    expect(await apps.text()).toContain('Could not determine the current leader');
    const leader = await getJson(m.url('/v2/leader', 1));
    expect(leader.status).toBe(404);
    expect(leader.body).toEqual({ message: 'There is no leader' });

    m.advance(ELECTION_DELAY_MS + 500);
    expect(m.simulation.leader()).toEqual({ address: second });
    expect((await getJson(m.url('/v2/leader', 2))).body).toEqual({ leader: second });
  });

  it('abdicates on DELETE /v2/leader: the leader stops and another is elected', async () => {
    const m = marathon.start();
    const reply = await sendJson('DELETE', m.url('/v2/leader', 1));
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ message: 'Leadership abdicated' });
    expect(m.simulation.instances()[0]).toMatchObject({ running: false, leader: false });
    m.advance(ELECTION_DELAY_MS + 500);
    expect(m.simulation.leader()).toEqual({ address: second });
    m.simulation.startInstance(0);
    expect(m.simulation.instances()[0]?.running).toBe(true);
  });

  it('moves leadership on electAnotherLeader and follows re-addressed instances', async () => {
    const m = marathon.start();
    m.simulation.electAnotherLeader(2);
    expect(m.simulation.leader()).toEqual({ address: MARATHON_ADDRESSES[2] });
    m.simulation.setAddress(MARATHON_ADDRESSES[2] ?? '', '127.0.0.1:40123');
    const reply = await getJson(m.url('/v2/leader', 0));
    expect(reply.body).toEqual({ leader: '127.0.0.1:40123' });
    expect(() => m.simulation.electAnotherLeader(5)).toThrow();
  });

  it('answers an unknown route with 500 "URI not found" and a wrong method with 405', async () => {
    const m = marathon.start();
    const unknown = await getJson(m.url('/v2/nope'));
    expect(unknown.status).toBe(500);
    expect(unknown.body).toEqual({ message: 'URI not found' });
    expect((await sendJson('POST', m.url('/v2/deployments'))).status).toBe(405);
  });

  it('lets requests to other hosts pass through', async () => {
    const m = marathon.start();
    const handler = m.simulation.handlers()[0];
    expect(handler).toBeDefined();
    const result = await handler?.run({
      request: new Request('http://master-1.mesos.test:5050/master/state'),
      requestId: 'x',
    });
    expect(result?.response).toBeUndefined();
  });
});
