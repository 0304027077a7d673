import { describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../../src/api/cluster';
import type {
  AgentSlice,
  ClusterSummary,
  MetricsHistory,
  TaskSlice,
} from '../../src/api/cluster-model';
import type { MesosAgentState, MesosStateSummary } from '../../src/api/mesos';
import { createSimulatedCluster } from '../cluster';
import type { SimulatedCluster } from '../cluster';
import { createStadiumApiHandlers } from './stadium-api-handlers';
import { useMswTestServer } from '../testing/msw-test-server';

const server = useMswTestServer();

const STADIUM = 'http://stadium.test';

function stadiumOverSimulatedCluster(): SimulatedCluster {
  const cluster = createSimulatedCluster();
  server.use(...createStadiumApiHandlers(cluster));
  return cluster;
}

async function clusterStatus(): Promise<ClusterStatus> {
  return (await (await fetch(`${STADIUM}/api/cluster`)).json()) as ClusterStatus;
}

describe('createStadiumApiHandlers', () => {
  it('describes both sides in /api/cluster', async () => {
    stadiumOverSimulatedCluster();
    const status = await clusterStatus();
    expect(status.simulated).toBe(true);
    expect(status.mesos.leader).toBe('http://master-1.mesos.test:5050');
    expect(status.mesos.discovery).toBe('simulated');
    expect(status.mesos.nodes.map((n) => n.leader)).toEqual([true, false, false]);
    expect(status.marathon.leader).toBe('http://marathon-1.mesos.test:8080');
  });

  it('follows a Mesos election and reports a missing leader with 503 JSON', async () => {
    const cluster = stadiumOverSimulatedCluster();
    cluster.mesos.stopMaster(0);
    expect((await clusterStatus()).mesos.leader).toBe('http://master-2.mesos.test:5050');
    const summary = await fetch(`${STADIUM}/api/mesos/master/state-summary`);
    expect(((await summary.json()) as MesosStateSummary).hostname).toBe('master-2.mesos.test');
    cluster.mesos.stopMaster(1);
    const noLeader = await fetch(`${STADIUM}/api/mesos/master/state-summary`);
    expect(noLeader.status).toBe(503);
    expect(await noLeader.json()).toHaveProperty('message');
    expect((await clusterStatus()).mesos.problem).toBeTruthy();
  });

  it('reaches the leading Marathon', async () => {
    stadiumOverSimulatedCluster();
    const response = await fetch(`${STADIUM}/api/marathon/v2/apps`);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('apps');
  });

  it("refuses a write without the console's header, as the proxy's pipeline does", async () => {
    stadiumOverSimulatedCluster();
    const instances = async () => {
      const response = await fetch(`${STADIUM}/api/marathon/v2/apps/nginx`);
      return ((await response.json()) as { app: { instances: number } }).app.instances;
    };
    const scale = (headers: Record<string, string>) =>
      fetch(`${STADIUM}/api/marathon/v2/apps/nginx?force=true`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ instances: 3 }),
      });
    const refused = await scale({});
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      reason: 'missing-write-header',
      message: expect.stringContaining('X-Stadium-Console: 1'),
    });
    expect(await instances()).not.toBe(3);
    expect((await scale({ 'X-Stadium-Console': '1' })).status).toBe(200);
    expect(await instances()).toBe(3);
  });

  it('reaches a known agent by id and answers 404 JSON for an unknown one', async () => {
    const cluster = stadiumOverSimulatedCluster();
    const agent = cluster.agents()[1];
    const state = await fetch(`${STADIUM}/api/agents/${agent?.id ?? ''}/slave(1)/state`);
    expect(((await state.json()) as MesosAgentState).hostname).toBe('slave-2');
    const unknown = await fetch(`${STADIUM}/api/agents/nope/state`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toHaveProperty('message');
  });
});

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${STADIUM}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('/api/cluster/* through the real cluster model', () => {
  it('serves joined task slices and reads the cluster again only when it may have changed', async () => {
    const cluster = stadiumOverSimulatedCluster();
    cluster.advance(60_000);
    const path = '/api/cluster/tasks?state=active&sort=name';
    const first = await fetch(`${STADIUM}${path}`);
    const slice = (await first.json()) as TaskSlice;
    expect(slice.rows.map((row) => row.appId)).toEqual(['/basic-0', '/nginx', '/tomcat']);
    const etag = first.headers.get('etag') ?? '';
    const unchanged = await fetch(`${STADIUM}${path}`, { headers: { 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    cluster.advance(1_000);
    const moved = await fetch(`${STADIUM}${path}`, { headers: { 'if-none-match': etag } });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as TaskSlice).generation).toBe(slice.generation + 1);
  });

  it('follows a lost agent and a Mesos election without model time moving', async () => {
    const cluster = stadiumOverSimulatedCluster();
    expect((await getJson<AgentSlice>('/api/cluster/agents')).total).toBe(3);
    cluster.loseAgent(2);
    expect((await getJson<AgentSlice>('/api/cluster/agents')).total).toBe(2);
    cluster.mesos.stopMaster(0);
    const summary = await getJson<ClusterSummary>('/api/cluster/summary');
    expect(summary.leader?.address).toBe('master-2.mesos.test:5050');
    cluster.mesos.stopMaster(1);
    const stale = await getJson<ClusterSummary>('/api/cluster/summary');
    expect(stale.status).toMatchObject({ stale: true, lastError: 'No Mesos master is leading' });
  });

  it('samples /metrics/snapshot once per model time', async () => {
    const cluster = stadiumOverSimulatedCluster();
    await getJson<MetricsHistory>('/api/cluster/metrics/history');
    cluster.advance(5_000);
    await getJson<TaskSlice>('/api/cluster/tasks');
    const history = await getJson<MetricsHistory>('/api/cluster/metrics/history');
    expect(history.samples.map((sample) => sample.t)).toEqual([
      cluster.now() - 5_000,
      cluster.now(),
    ]);
  });

  it('answers 503 before the leading master could be read', async () => {
    const cluster = stadiumOverSimulatedCluster();
    cluster.mesos.stopMaster(0);
    cluster.mesos.stopMaster(1);
    const response = await fetch(`${STADIUM}/api/cluster/tasks`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      message: 'The cluster state has not been read yet: No Mesos master is leading',
    });
  });
});
