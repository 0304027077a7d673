import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../api/cluster';
import { startStadium, type RunningStadium } from './start-stadium';
import { getJson } from './test-support/proxy-harness';
import { defined } from './test-support/defined';

describe('startStadium without --mesos/--marathon: the simulated cluster over HTTP', () => {
  let stadium: RunningStadium;
  const log: string[] = [];

  beforeAll(async () => {
    stadium = await startStadium({ port: 0, log: (line) => log.push(line) });
  });

  afterAll(async () => {
    await stadium.close();
  });

  it('reports the simulated cluster and its leaders', async () => {
    const { body } = await getJson(`${stadium.url}/api/cluster`);
    const status = body as ClusterStatus;
    const served = defined(stadium.simulation).served;
    expect(status.simulated).toBe(true);
    expect(status.mesos).toMatchObject({ discovery: 'simulated', leader: expect.any(String) });
    expect(status.mesos.nodes.map((node) => node.url)).toEqual(served.masterUrls);
    expect(status.marathon.nodes.map((node) => node.url)).toEqual(served.marathonUrls);
    expect(status.marathon.leader).not.toBeNull();
  });

  it('reaches masters, agents and Marathon through the proxy routes', async () => {
    const summary = await getJson(`${stadium.url}/api/mesos/master/state-summary`);
    expect(summary.status).toBe(200);
    const [agent] = defined(stadium.simulation).cluster.agents();
    const state = await getJson(`${stadium.url}/api/agents/${defined(agent).id}/slave(1)/state`);
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ id: defined(agent).id });
    const apps = await getJson(`${stadium.url}/api/marathon/v2/apps`);
    expect(apps.status).toBe(200);
  });

  it('follows a Mesos election and a Marathon leader stop without failing a request', async () => {
    const { cluster } = defined(stadium.simulation);
    // Model time moves only when this test says so: the Marathon election below waits for it.
    cluster.stopClock();
    const before = (await getJson(`${stadium.url}/api/cluster`)).body as ClusterStatus;
    cluster.mesos.electAnotherLeader();
    expect((await getJson(`${stadium.url}/api/mesos/master/state`)).status).toBe(200);
    const after = (await getJson(`${stadium.url}/api/cluster`)).body as ClusterStatus;
    expect(after.mesos.leader).not.toBe(before.mesos.leader);
    expect(
      log.filter((line) => line.startsWith(`mesos leader: ${before.mesos.leader} ->`)),
    ).toHaveLength(1);

    const marathonLeader = cluster.marathon.instances().findIndex((instance) => instance.leader);
    cluster.marathon.stopInstance(marathonLeader);
    const during = await getJson(`${stadium.url}/api/marathon/v2/apps`);
    expect(during.status).toBe(503);
    expect((during.body as { message: string }).message).toMatch(
      /^No Marathon instance is leading \(3 instances known, 2 answering\)/,
    );
    cluster.advance(60_000);
    expect((await getJson(`${stadium.url}/api/marathon/v2/apps`)).status).toBe(200);
  });
});
