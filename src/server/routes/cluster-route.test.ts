import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../../api/cluster';
import { electMesosLeader, type FakeMesosMaster } from '../test-support/fake-mesos-master';
import type { FakeMarathonGroup } from '../test-support/fake-marathon';
import { startFakeUpstreams, type FakeUpstreams } from '../test-support/fake-upstreams';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { nth } from '../test-support/defined';

describe('/api/cluster', () => {
  let upstreams: FakeUpstreams;
  let masters: FakeMesosMaster[];
  let group: FakeMarathonGroup;
  let proxy: ProxyUnderTest;
  let mesosSource: string;
  let marathonSource: string;

  beforeAll(async () => {
    upstreams = await startFakeUpstreams({ masters: 3, marathons: 2, marathonLeader: 1 });
    ({ masters, marathon: group } = upstreams);
    ({ mesos: mesosSource, marathon: marathonSource } = upstreams.sources);
    proxy = await startProxyUnderTest(upstreams.sources);
  });

  afterAll(async () => {
    await proxy.close();
    await upstreams.stop();
  });

  it("names each side's leader and nodes", async () => {
    const { status, body, headers } = await getJson(`${proxy.url}/api/cluster`);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    const [m0, m1, m2] = [nth(masters, 0).url, nth(masters, 1).url, nth(masters, 2).url];
    const [i0, i1] = [nth(group.instances, 0).url, nth(group.instances, 1).url];
    expect(body).toEqual({
      simulated: false,
      mesos: {
        leader: m0,
        discovery: 'static',
        source: mesosSource,
        leaderSince: expect.any(Number),
        nodes: [
          { url: m0, reachable: true, leader: true },
          { url: m1, reachable: true, leader: false },
          { url: m2, reachable: true, leader: false },
        ],
      },
      marathon: {
        leader: i1,
        discovery: 'static',
        source: marathonSource,
        leaderSince: expect.any(Number),
        nodes: [
          { url: i0, reachable: true, leader: false },
          { url: i1, reachable: true, leader: true },
        ],
      },
    } satisfies ClusterStatus);
  });

  it('shows masters that stopped answering, with the reason', async () => {
    await nth(masters, 0).stop();
    electMesosLeader(masters, 1);
    expect((await getJson(`${proxy.url}/api/mesos/master/state`)).status).toBe(200);
    const { body } = await getJson(`${proxy.url}/api/cluster`);
    const { mesos } = body as ClusterStatus;
    expect(mesos.leader).toBe(nth(masters, 1).url);
    expect(mesos.nodes[0]).toEqual({
      url: nth(masters, 0).url,
      reachable: false,
      leader: false,
      error: 'connection refused (ECONNREFUSED)',
    });
  });
});
