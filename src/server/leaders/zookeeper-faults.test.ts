import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../../api/cluster';
import { defined, nth } from '../test-support/defined';
import { startFakeMarathonGroup, type FakeMarathonGroup } from '../test-support/fake-marathon';
import {
  electMesosLeader,
  startFakeMesosMasters,
  type FakeMesosMaster,
} from '../test-support/fake-mesos-master';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { connectZooKeeper, type ZooKeeperTestClient } from '../test-support/zookeeper-client';
import {
  skipZooKeeperTests,
  startSilentServer,
  startZooKeeperServer,
  unusedPort,
  type ZooKeeperTestServer,
} from '../test-support/zookeeper-server';
import { startTcpForwarder } from '../test-support/tcp-forwarder';
import { parseZookeeperAddress, type ZookeeperAddress } from './zookeeper-address';
import {
  ZookeeperChildrenWatch,
  type ChildrenUpdate,
  type ZookeeperTimings,
} from './zookeeper-children-watch';

/** Short limits, so each recovery happens within a test's time. */
const TIMINGS = { sessionTimeoutMs: 4_000, handshakeTimeoutMs: 1_000 };

function masterInfo(hostPort: string, hostname = 'localhost'): string {
  const [ip, port] = hostPort.split(':');
  return JSON.stringify({
    id: `master-${port}`,
    pid: `master@${hostPort}`,
    hostname,
    port: Number(port),
    address: { hostname, ip, port: Number(port) },
  });
}

function address(text: string): ZookeeperAddress {
  const parsed = parseZookeeperAddress(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

/** A watch of /mesos on `hosts`, with what it logs and every update it reports. */
function watchMesos(hosts: string, timings: ZookeeperTimings = TIMINGS) {
  const log: string[] = [];
  const updates: ChildrenUpdate[] = [];
  const watch = new ZookeeperChildrenWatch(
    address(`zk://${hosts}/mesos`),
    '/mesos',
    (update) => updates.push(update),
    (line) => log.push(line),
    timings,
  );
  return { watch, log, updates };
}

/** Resolves with how long it took, from now, for `line` to be logged. */
async function timeUntilLogged(proxy: ProxyUnderTest, line: string): Promise<number> {
  const started = performance.now();
  await proxy.waitForLog((logged) => logged === line);
  return performance.now() - started;
}

describe.skipIf(skipZooKeeperTests)('ZooKeeper faults, against a real ZooKeeper', () => {
  let zk: ZooKeeperTestServer;
  let client: ZooKeeperTestClient;
  let masters: FakeMesosMaster[];
  let marathon: FakeMarathonGroup;
  let proxy: ProxyUnderTest;
  const znodes: string[] = [];

  beforeAll(async () => {
    zk = await startZooKeeperServer();
    client = await connectZooKeeper(zk.connectionString);
    masters = await startFakeMesosMasters(3, 0);
    marathon = await startFakeMarathonGroup(1);
    await client.mkdirp('/mesos');
    for (const master of masters.slice(0, 2)) {
      znodes.push(await client.createSequential('/mesos/json.info_', masterInfo(master.hostPort)));
    }
    proxy = await startProxyUnderTest({
      mesos: `zk://${zk.connectionString}/mesos`,
      marathon: defined(marathon.instances[0]).url,
      zookeeper: TIMINGS,
    });
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    client?.close();
    await Promise.all([...(masters ?? []).map((m) => m.stop()), marathon?.stop()]);
    await zk?.stop();
  });

  it('skips malformed members with one log line each and lists them as unreadable', async () => {
    const badPort = await client.createSequential(
      '/mesos/json.info_',
      JSON.stringify({ address: { ip: '127.0.0.1', port: 99999 }, hostname: 'm9' }),
    );
    const badHost = await client.createSequential(
      '/mesos/json.info_',
      JSON.stringify({ hostname: 'master with a space', port: 5050 }),
    );
    const badPortName = defined(badPort.split('/').pop());
    const badHostName = defined(badHost.split('/').pop());
    await expect
      .poll(async () => {
        const { body } = await getJson(`${proxy.url}/api/cluster`);
        return (body as ClusterStatus).mesos.nodes.filter((node) => node.unreadable);
      })
      .toEqual([
        {
          url: badPort,
          reachable: false,
          leader: false,
          unreadable: true,
          error: 'unreadable: its MasterInfo port 99999 is not a port from 1 to 65535',
        },
        {
          url: badHost,
          reachable: false,
          leader: false,
          unreadable: true,
          error:
            'unreadable: its MasterInfo host "master with a space" is not a host name or address',
        },
      ]);
    // Another change makes Stadium read all members again: still one line per bad member.
    znodes.push(
      await client.createSequential('/mesos/json.info_', masterInfo(nth(masters, 2).hostPort)),
    );
    await expect
      .poll(async () => {
        const { body } = await getJson(`${proxy.url}/api/cluster`);
        return (body as ClusterStatus).mesos.nodes.length;
      })
      .toBe(5);
    expect(proxy.log.filter((line) => line.includes(badPortName))).toEqual([
      `zookeeper /mesos/${badPortName}: skipped, its MasterInfo port 99999 is not a port from 1 to 65535`,
    ]);
    expect(proxy.log.filter((line) => line.includes(badHostName))).toHaveLength(1);
    const { status, body } = await getJson(`${proxy.url}/api/mesos/master/state`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ servedBy: nth(masters, 0).hostPort });
    await client.remove(badPort);
    await client.remove(badHost);
  });

  it('keeps the leader through a ZooKeeper restart, then sees a change within 1 s', async () => {
    await zk.halt();
    // ZooKeeper is down; the leader it named still serves.
    await proxy.waitForLog((line) => line.endsWith('disconnected, reconnecting'));
    const during = await getJson(`${proxy.url}/api/mesos/master/state`);
    expect(during.body).toMatchObject({ servedBy: nth(masters, 0).hostPort });
    const { body } = await getJson(`${proxy.url}/api/cluster`);
    expect((body as ClusterStatus).mesos.leader).toBe(nth(masters, 0).url);

    await zk.resume();
    await proxy.waitForLog((line) => line.includes('connected again, re-reading /mesos'));
    electMesosLeader(masters, 1);
    const removal = client.remove(nth(znodes, 0));
    const tookMs = await timeUntilLogged(
      proxy,
      `mesos leader: ${nth(masters, 0).url} -> ${nth(masters, 1).url} (ZooKeeper)`,
    );
    await removal;
    expect(tookMs).toBeLessThan(1_000);
  }, 60_000);

  it('opens a new session when its session expires, and re-arms the watch', async () => {
    // A partition longer than the session: ZooKeeper expires it, and the client learns so when
    // it gets through again. The handshake deadline is set longer here so that the client
    // reconnects with its old session instead of replacing itself first.
    const forwarder = await startTcpForwarder(zk.port);
    const { watch, log, updates } = watchMesos(`127.0.0.1:${forwarder.port}`, {
      sessionTimeoutMs: 1_500,
      handshakeTimeoutMs: 8_000,
    });
    try {
      await watch.start(5_000);
      const session = defined(watch.session());
      forwarder.cut();
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      forwarder.restore();
      await expect
        .poll(() => log, { timeout: 10_000 })
        .toContain(`zookeeper 127.0.0.1:${forwarder.port}: session expired, opening a new one`);
      await expect
        .poll(() => watch.session()?.id.equals(session.id), { timeout: 10_000 })
        .toBe(false);

      const before = updates.length;
      const started = performance.now();
      const added = await client.createSequential(
        '/mesos/json.info_',
        masterInfo(nth(masters, 0).hostPort),
      );
      const name = added.split('/').pop();
      await expect
        .poll(
          () =>
            updates
              .slice(before)
              .some((update) => update.ok && update.children.some((child) => child.name === name)),
          { timeout: 1_000, interval: 20 },
        )
        .toBe(true);
      expect(performance.now() - started).toBeLessThan(1_000);
      await client.remove(added);
    } finally {
      watch.close();
      await forwarder.stop();
    }
  }, 40_000);

  it('gives up on a server that accepts and never answers, and tries again', async () => {
    const silent = await startSilentServer();
    const { watch, log } = watchMesos(`127.0.0.1:${silent.port}`);
    try {
      await watch.start(500);
      await expect
        .poll(() => log, { timeout: 5_000 })
        .toContain(`zookeeper 127.0.0.1:${silent.port}: no session within 1000 ms, trying again`);
    } finally {
      watch.close();
      await silent.stop();
    }
  });

  it('skips a dead and a silent server in the connect string', async () => {
    const silent = await startSilentServer();
    const dead = await unusedPort();
    const hosts = `127.0.0.1:${dead},127.0.0.1:${silent.port},${zk.connectionString}`;
    const other = await startProxyUnderTest({
      mesos: `zk://${hosts}/mesos`,
      marathon: defined(marathon.instances[0]).url,
      zookeeper: TIMINGS,
    });
    try {
      await expect
        .poll(
          async () =>
            ((await getJson(`${other.url}/api/cluster`)).body as ClusterStatus).mesos.leader,
          { timeout: 20_000, interval: 200 },
        )
        .toBe(nth(masters, 1).url);
    } finally {
      await other.close();
      await silent.stop();
    }
  }, 30_000);
});
