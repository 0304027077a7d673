import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../../api/cluster';
import {
  electMesosLeader,
  startFakeMesosMasters,
  type FakeMesosMaster,
} from '../test-support/fake-mesos-master';
import { startFakeMarathonGroup, type FakeMarathonGroup } from '../test-support/fake-marathon';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { connectZooKeeper, type ZooKeeperTestClient } from '../test-support/zookeeper-client';
import {
  skipZooKeeperTests,
  startZooKeeperServer,
  type ZooKeeperTestServer,
} from '../test-support/zookeeper-server';
import { defined, nth } from '../test-support/defined';

/** The MasterInfo JSON a Mesos master writes into its json.info_ znode. */
function masterInfo(master: FakeMesosMaster): string {
  const port = Number(master.hostPort.split(':')[1]);
  return JSON.stringify({
    id: `master-${port}`,
    ip: 16777343,
    port,
    pid: `master@127.0.0.1:${port}`,
    hostname: 'localhost',
    version: '1.11.0',
    address: { hostname: 'localhost', ip: '127.0.0.1', port },
  });
}

// The Stadium under test never polls ZooKeeper: each leader change below can only arrive
// through a watch, and the test waits for the log line the change produces.
describe.skipIf(skipZooKeeperTests)('zk:// discovery against a real ZooKeeper', () => {
  let zk: ZooKeeperTestServer;
  let client: ZooKeeperTestClient;
  let masters: FakeMesosMaster[];
  let group: FakeMarathonGroup;
  let proxy: ProxyUnderTest;
  const znodes: string[] = [];
  const latches: string[] = [];

  beforeAll(async () => {
    zk = await startZooKeeperServer();
    client = await connectZooKeeper(zk.connectionString);
    masters = await startFakeMesosMasters(3, 0);
    group = await startFakeMarathonGroup(2, 0);
    await client.mkdirp('/mesos/log_replicas');
    for (const master of masters.slice(0, 2)) {
      znodes.push(await client.createSequential('/mesos/json.info_', masterInfo(master)));
    }
    await client.mkdirp('/marathon/leader-curator');
    for (const instance of group.instances) {
      latches.push(
        await client.createSequential(
          '/marathon/leader-curator/_c_5f0e2d64-latch-',
          instance.hostPort,
        ),
      );
    }
    proxy = await startProxyUnderTest({
      mesos: `zk://${zk.connectionString}/mesos`,
      marathon: `zk://${zk.connectionString}/marathon`,
    });
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    client?.close();
    await Promise.all([...(masters ?? []).map((m) => m.stop()), group?.stop()]);
    await zk?.stop();
  });

  it('takes the lowest json.info_ sequence as the Mesos leader and lists the members', async () => {
    const { body } = await getJson(`${proxy.url}/api/cluster`);
    const { mesos, marathon } = body as ClusterStatus;
    expect(mesos).toMatchObject({
      leader: nth(masters, 0).url,
      discovery: 'zookeeper',
      source: `zk://${zk.connectionString}/mesos`,
      nodes: [
        { url: nth(masters, 0).url, leader: true, reachable: true },
        { url: nth(masters, 1).url, leader: false, reachable: true },
      ],
    });
    expect(marathon).toMatchObject({ leader: nth(group.instances, 0).url, discovery: 'zookeeper' });
    const state = await getJson(`${proxy.url}/api/mesos/master/state`);
    expect(state.body).toMatchObject({ servedBy: nth(masters, 0).hostPort });
  });

  it('sees a new Mesos leader through the watch when the leading znode goes away', async () => {
    electMesosLeader(masters, 1);
    await client.remove(nth(znodes, 0));
    await proxy.waitForLog(
      (line) =>
        line === `mesos leader: ${nth(masters, 0).url} -> ${nth(masters, 1).url} (ZooKeeper)`,
    );
    const state = await getJson(`${proxy.url}/api/mesos/master/state`);
    expect(state.body).toMatchObject({ servedBy: nth(masters, 1).hostPort });
    // A master joining later is listed as soon as its znode appears.
    await client.createSequential('/mesos/json.info_', masterInfo(nth(masters, 2)));
    const { body } = await getJson(`${proxy.url}/api/cluster`);
    expect((body as ClusterStatus).mesos.leader).toBe(nth(masters, 1).url);
  });

  it('sees a new Marathon leader when the leading latch node goes away', async () => {
    group.elect(1);
    await client.remove(nth(latches, 0));
    const [i0, i1] = group.instances;
    await proxy.waitForLog(
      (line) => line === `marathon leader: ${defined(i0).url} -> ${defined(i1).url} (ZooKeeper)`,
    );
    const apps = await getJson(`${proxy.url}/api/marathon/v2/apps`);
    expect(apps.body).toMatchObject({ servedBy: defined(i1).hostPort });
    expect(defined(i0).requests.filter((r) => r.url === '/v2/apps')).toHaveLength(0);
  });

  it('reports no leader rather than guessing when the lowest node is a binary info_ node', async () => {
    await client.mkdirp('/legacy');
    const proxyForLegacy = await startProxyUnderTest({
      mesos: `zk://${zk.connectionString}/legacy`,
      marathon: `zk://${zk.connectionString}/marathon`,
    });
    try {
      const { body: empty } = await getJson(`${proxyForLegacy.url}/api/mesos/master/state`);
      expect(empty).toEqual({
        message:
          'No Mesos master is leading (0 masters known, 0 answering): no master is registered in ZooKeeper',
      });
      await client.createSequential('/legacy/info_', Buffer.from([0x0a, 0x05, 0x6d, 0x31]));
      await client.createSequential('/legacy/json.info_', masterInfo(nth(masters, 1)));
      await expect
        .poll(
          async () =>
            ((await getJson(`${proxyForLegacy.url}/api/cluster`)).body as ClusterStatus).mesos
              .problem,
        )
        .toContain('binary MasterInfo');
      const { status, body } = await getJson(`${proxyForLegacy.url}/api/mesos/master/state`);
      expect(status).toBe(503);
      expect((body as { message: string }).message).toMatch(
        /^No Mesos master is leading \(1 masters known.*info_0000000000 is unusable/,
      );
    } finally {
      await proxyForLegacy.close();
    }
  });
  it('waits for a --zk path that does not exist yet and follows it once a master registers', async () => {
    const proxyForLater = await startProxyUnderTest({
      mesos: `zk://${zk.connectionString}/later/mesos`,
      marathon: `zk://${zk.connectionString}/marathon`,
    });
    try {
      const { status, body } = await getJson(`${proxyForLater.url}/api/mesos/master/state`);
      expect(status).toBe(503);
      expect((body as { message: string }).message).toContain('znode /later/mesos does not exist');
      await client.mkdirp('/later/mesos');
      await client.createSequential('/later/mesos/json.info_', masterInfo(nth(masters, 1)));
      await proxyForLater.waitForLog(
        (line) => line === `mesos leader: (none) -> ${nth(masters, 1).url} (ZooKeeper)`,
      );
    } finally {
      await proxyForLater.close();
    }
  });
});
