import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSimulatedCluster,
  registerInZooKeeper,
  serveCluster,
  type ServedCluster,
  type SimulatedCluster,
  type ZooKeeperRegistration,
} from '../../../mocks';
import type { ClusterStatus } from '../../api/cluster';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import {
  skipZooKeeperTests,
  startZooKeeperServer,
  type ZooKeeperTestServer,
} from '../test-support/zookeeper-server';

const cluster = async (proxy: ProxyUnderTest) =>
  (await getJson(`${proxy.url}/api/cluster`)).body as ClusterStatus;

// The simulated cluster registered in a real ZooKeeper, as its masters and Marathons would be:
// leader changes, a malformed member and a ZooKeeper outage, with no real cluster.
describe.skipIf(skipZooKeeperTests)('the simulated cluster behind zk:// discovery', () => {
  let zk: ZooKeeperTestServer;
  let simulation: SimulatedCluster;
  let served: ServedCluster;
  let registration: ZooKeeperRegistration;
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    zk = await startZooKeeperServer();
    simulation = createSimulatedCluster({ agents: 2 });
    served = await serveCluster(simulation);
    simulation.startClock();
    registration = await registerInZooKeeper(simulation, zk.connectionString);
    proxy = await startProxyUnderTest({
      mesos: registration.mesos,
      marathon: registration.marathon,
      zookeeper: { sessionTimeoutMs: 4_000, handshakeTimeoutMs: 1_000 },
    });
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await registration?.close();
    simulation?.stopClock();
    await served?.close();
    await zk?.stop();
  });

  // How fast is the chaos bench's figure (goal 1 s); a timed assertion here fails on a loaded
  // machine. Watches are the only way a change arrives here: nothing polls ZooKeeper.
  it('follows leader changes of both sides through the znodes', async () => {
    expect((await cluster(proxy)).mesos.leader).toBe(
      `http://${simulation.mesos.leader()?.address}`,
    );
    for (const side of ['mesos', 'marathon'] as const) {
      simulation[side].electAnotherLeader();
      await registration.sync();
      const leader = `http://${simulation[side].leader()?.address}`;
      await expect
        .poll(async () => (await cluster(proxy))[side].leader, { timeout: 10_000, interval: 20 })
        .toBe(leader);
    }
  });

  it('lists a malformed member as unreadable and keeps the leader', async () => {
    const remove = await registration.addMalformedMember(
      'mesos',
      JSON.stringify({ address: { ip: '10.0.0.9', port: 99999 } }),
    );
    await expect
      .poll(async () => (await cluster(proxy)).mesos.nodes.filter((node) => node.unreadable).length)
      .toBe(1);
    expect((await cluster(proxy)).mesos.leader).toBe(
      `http://${simulation.mesos.leader()?.address}`,
    );
    await remove();
  });

  it('keeps serving through a ZooKeeper outage and follows changes after it', async () => {
    await zk.halt();
    const during = await getJson(`${proxy.url}/api/mesos/master/state-summary`);
    expect(during.status).toBe(200);
    await zk.resume();
    await proxy.waitForLog((line) => line.includes('connected again'));
    simulation.mesos.electAnotherLeader();
    await registration.sync();
    await expect
      .poll(async () => (await cluster(proxy)).mesos.leader, { timeout: 5_000 })
      .toBe(`http://${simulation.mesos.leader()?.address}`);
  }, 60_000);
});
