import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MesosMasterState, MesosTask } from '../src/api/mesos';
import type { SimulatedCluster } from './cluster';
import { createSimulatedCluster } from './cluster';
import { createClusterHandlers } from './runtime/cluster-handlers';
import { useMswTestServer } from './testing/msw-test-server';

const server = useMswTestServer();
afterEach(() => {
  vi.useRealTimers();
});

function simulatedCluster(): SimulatedCluster {
  const cluster = createSimulatedCluster();
  server.use(...createClusterHandlers(cluster));
  return cluster;
}

async function leaderState(cluster: SimulatedCluster): Promise<MesosMasterState> {
  const leader = cluster.mesos.leader();
  if (!leader) throw new Error('no Mesos leader');
  const response = await fetch(`http://${leader.address}/master/state`);
  expect(response.status).toBe(200);
  return (await response.json()) as MesosMasterState;
}

async function runningMarathonTasks(cluster: SimulatedCluster): Promise<MesosTask[]> {
  const state = await leaderState(cluster);
  const marathon = state.frameworks.find((f) => f.name === 'marathon');
  return (marathon?.tasks ?? []).filter((t) => t.state === 'TASK_RUNNING');
}

describe('createSimulatedCluster', () => {
  it('has three masters, three Marathon instances and three agents, the first of each leading', () => {
    const cluster = createSimulatedCluster();
    expect(cluster.mesos.masters().map((m) => [m.address, m.leader])).toEqual([
      ['master-1.mesos.test:5050', true],
      ['master-2.mesos.test:5050', false],
      ['master-3.mesos.test:5050', false],
    ]);
    expect(cluster.marathon.leader()).toEqual({ address: 'marathon-1.mesos.test:8080' });
    expect(cluster.agents().map((a) => [a.hostname, a.address, a.active])).toEqual([
      ['slave-1', 'slave-1.mesos.test:5051', true],
      ['slave-2', 'slave-2.mesos.test:5051', true],
      ['slave-3', 'slave-3.mesos.test:5051', true],
    ]);
  });

  it('runs the seed apps as Mesos tasks of the marathon framework once time passes', async () => {
    const cluster = simulatedCluster();
    cluster.advance(60_000);
    const tasks = await runningMarathonTasks(cluster);
    expect(tasks).toHaveLength(3);
    const images = tasks
      .map((t) => t.container?.docker?.image)
      .filter(Boolean)
      .sort();
    expect(images).toEqual(['docker.io/nginx', 'docker.io/tomcat']);
  });

  it('relaunches the tasks of a lost agent elsewhere', async () => {
    const cluster = simulatedCluster();
    cluster.advance(60_000);
    const before = await runningMarathonTasks(cluster);
    const lostAgent = before[0]?.slave_id ?? '';
    cluster.loseAgent(lostAgent);
    expect(cluster.agents().find((a) => a.id === lostAgent)?.active).toBe(false);
    cluster.advance(120_000);
    const after = await runningMarathonTasks(cluster);
    expect(after).toHaveLength(3);
    expect(after.some((t) => t.slave_id === lostAgent)).toBe(false);
    const state = await leaderState(cluster);
    const lost = state.frameworks
      .find((f) => f.name === 'marathon')
      ?.completed_tasks.filter((t) => t.state === 'TASK_LOST');
    expect(lost?.map((t) => t.slave_id)).toContain(lostAgent);
  });

  it('injects error statuses per node and path until the fault is removed', async () => {
    const cluster = simulatedCluster();
    const removeFault = cluster.faults.inject({
      node: 'master-1.mesos.test:5050',
      pathPrefix: '/master/state',
      status: 500,
    });
    expect((await fetch('http://master-1.mesos.test:5050/master/state')).status).toBe(500);
    expect((await fetch('http://master-1.mesos.test:5050/version')).status).toBe(200);
    removeFault();
    expect((await fetch('http://master-1.mesos.test:5050/master/state')).status).toBe(200);
    cluster.faults.inject({ status: 502 });
    expect((await fetch('http://marathon-2.mesos.test:8080/v2/info')).status).toBe(502);
    expect((await fetch('http://slave-1.mesos.test:5051/state')).status).toBe(502);
    cluster.faults.clear();
    expect((await fetch('http://slave-1.mesos.test:5051/state')).status).toBe(200);
  });

  it('hangs a node until the fault is removed, then answers for real', async () => {
    const cluster = simulatedCluster();
    const removeHang = cluster.faults.inject({ node: 'master-1.mesos.test:5050', hang: true });
    let answered = false;
    const pending = fetch('http://master-1.mesos.test:5050/version').then((response) => {
      answered = true;
      return response.status;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false);
    expect((await fetch('http://master-2.mesos.test:5050/version')).status).toBe(200);
    removeHang();
    expect(await pending).toBe(200);
  });

  it('sends a real body slowly, cut in half, or garbage instead', async () => {
    const cluster = simulatedCluster();
    const url = 'http://master-1.mesos.test:5050/master/state';
    const whole = await (await fetch(url)).text();
    const slow = cluster.faults.inject({ pathPrefix: '/master/state', slowBodyMs: 200 });
    const started = performance.now();
    expect(JSON.parse(await (await fetch(url)).text())).toMatchObject({ id: expect.any(String) });
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    slow();
    const truncate = cluster.faults.inject({ pathPrefix: '/master/state', truncate: true });
    const cut = await fetch(url);
    expect(cut.status).toBe(200);
    await expect(cut.text()).rejects.toThrow();
    truncate();
    cluster.faults.inject({ node: 'master-1.mesos.test:5050', garbage: true });
    const garbage = await fetch(url);
    expect(garbage.headers.get('content-type')).toBe('application/json');
    expect(() => JSON.parse(whole)).not.toThrow();
    await expect(garbage.json()).rejects.toThrow(SyntaxError);
  });

  it('delays requests with injected latency and still answers', async () => {
    const cluster = simulatedCluster();
    cluster.faults.inject({ node: 'slave-2.mesos.test:5051', latencyMs: 20 });
    expect((await fetch('http://slave-2.mesos.test:5051/metrics/snapshot')).status).toBe(200);
  });

  it('names the re-addressed leader in redirects', async () => {
    const cluster = simulatedCluster();
    cluster.setAddress('master-1.mesos.test:5050', 'leader.example.test:5555');
    const response = await fetch('http://master-2.mesos.test:5050/master/state-summary?jsonp=x', {
      redirect: 'manual',
    });
    expect(response.headers.get('location')).toBe(
      '//leader.example.test:5555/master/state-summary?jsonp=x',
    );
    expect(cluster.mesos.leader()?.address).toBe('leader.example.test:5555');
  });

  it('advances the model with wall time once the clock is started', () => {
    vi.useFakeTimers();
    const cluster = createSimulatedCluster();
    const start = cluster.now();
    cluster.startClock(250);
    vi.advanceTimersByTime(1_000);
    expect(cluster.now()).toBe(start + 1_000);
    cluster.stopClock();
    vi.advanceTimersByTime(1_000);
    expect(cluster.now()).toBe(start + 1_000);
  });
});
