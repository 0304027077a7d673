import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  AgentDetail,
  AgentHistory,
  AgentSlice,
  ClusterSummary,
  FrameworkLists,
  FrameworkDetail,
  MetricsHistory,
  TaskDetail,
  TaskSlice,
} from '../../api/cluster-model';
import { createClusterModel, type ClusterModel } from './cluster-model';
import { fakeSources } from './fixtures/fake-sources';
import { loadFixture } from './fixtures/load-fixture';
import { clusterModelRoutes } from './routes';

const AGENT = '0d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a-S0';
const API_TASK = 'prod_api.instance-5f6e7d8c-a1b2-11ea-9c3d-0242ac110002._app.1';

let app: FastifyInstance | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A conditional GET, as a browser revalidating its cached copy sends it. */
function revalidate(server: FastifyInstance, url: string, etag: string) {
  return server.inject({ url, headers: { 'if-none-match': etag } });
}

async function serve(options: { load?: boolean; firstSnapshotWaitMs?: number } = {}) {
  const fake = fakeSources(
    loadFixture('master-state.mesos-1.8.json'),
    loadFixture('marathon-apps.prod.json'),
    loadFixture('master-metrics-snapshot.json') as Record<string, number>,
  );
  const model: ClusterModel = createClusterModel(fake.sources);
  if (options.load !== false) await model.refresh();
  app = Fastify();
  await app.register(clusterModelRoutes, {
    model,
    ...(options.firstSnapshotWaitMs !== undefined && {
      firstSnapshotWaitMs: options.firstSnapshotWaitMs,
    }),
  });
  return { app, model, control: fake.control };
}

describe('cluster model routes', () => {
  it('answers 503 JSON when the first snapshot does not come within the wait', async () => {
    const { app } = await serve({ load: false, firstSnapshotWaitMs: 20 });
    for (const url of ['/api/cluster/tasks', '/api/cluster/summary', '/api/cluster/agents/x']) {
      const reply = await app.inject(url);
      expect(reply.statusCode).toBe(503);
      expect(reply.json()).toEqual({ message: 'The cluster state has not been read yet' });
    }
  });

  it('answers 503 with the reason at once when the first read has failed', async () => {
    // A wait longer than the test's own timeout: only an answer at once passes.
    const { app, model, control } = await serve({ load: false, firstSnapshotWaitMs: 600_000 });
    control.failure = new Error('503 No leader elected');
    await model.refresh();
    const reply = await app.inject('/api/cluster/summary');
    expect(reply.statusCode).toBe(503);
    expect(reply.json()).toEqual({
      message: 'The cluster state has not been read yet: 503 No leader elected',
    });
  });

  it('answers a request made before the first snapshot once it arrives', async () => {
    const { app, model } = await serve({ load: false });
    const early = app.inject('/api/cluster/summary');
    const tasks = app.inject('/api/cluster/tasks?state=active');
    await model.refresh();
    expect((await early).statusCode).toBe(200);
    expect((await tasks).json<TaskSlice>().total).toBe(2);
  });

  it('serves task slices with a weak ETag and answers 304 without a body until the next poll', async () => {
    const { app, model } = await serve();
    const first = await app.inject('/api/cluster/tasks?state=active&sort=name');
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"g1-/);
    expect(first.json<TaskSlice>()).toMatchObject({
      total: 2,
      offset: 0,
      limit: 100,
      generation: 1,
    });
    expect(first.json<TaskSlice>().rows.map((row) => [row.name, row.appId])).toEqual([
      ['api.prod', '/prod/api'],
      ['cache', '/cache'],
    ]);

    const again = await revalidate(app, '/api/cluster/tasks?state=active&sort=name', etag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    const otherQuery = await revalidate(app, '/api/cluster/tasks?state=completed', etag);
    expect(otherQuery.statusCode).toBe(200);

    await model.refresh();
    const afterPoll = await revalidate(app, '/api/cluster/tasks?state=active&sort=name', etag);
    expect(afterPoll.statusCode).toBe(200);
    expect(afterPoll.headers.etag).toMatch(/^W\/"g2-/);
  });

  it('rejects bad parameters with 400 JSON and unknown ids with 404 JSON', async () => {
    const { app } = await serve();
    const bad = await app.inject('/api/cluster/tasks?sort=colour');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers.etag).toBeUndefined();
    expect(bad.json<{ message: string }>().message).toMatch(/"sort" must be one of/);
    expect((await app.inject('/api/cluster/agents?limit=1001')).statusCode).toBe(400);

    for (const url of [
      '/api/cluster/tasks/nope',
      '/api/cluster/agents/nope',
      '/api/cluster/agents/nope/history',
      '/api/cluster/frameworks/nope',
    ]) {
      const reply = await app.inject(url);
      expect(reply.statusCode).toBe(404);
      expect(reply.json<{ message: string }>().message).toContain('"nope"');
    }
  });

  it('serves task, agent and framework details', async () => {
    const { app } = await serve();
    const task = (
      await app.inject(`/api/cluster/tasks/${encodeURIComponent(API_TASK)}`)
    ).json<TaskDetail>();
    expect(task).toMatchObject({
      id: API_TASK,
      appId: '/prod/api',
      healthy: false,
      agentHostname: 'agent-a.prod.internal',
    });
    expect(task.statuses).toHaveLength(3);

    const agent = (await app.inject(`/api/cluster/agents/${AGENT}`)).json<AgentDetail>();
    expect(agent).toMatchObject({
      address: '10.40.1.10:5051',
      frameworks: [{ name: 'marathon', activeTasks: 2 }],
    });
    expect(agent.tasks.map((row) => row.name).sort()).toEqual(['api.prod', 'cache']);

    const agents = (
      await app.inject('/api/cluster/agents?sort=hostname&order=desc')
    ).json<AgentSlice>();
    expect(agents.total).toBe(3);
    expect(agents.rows.map((row) => row.hostname)).toEqual([
      'agent-z.prod.internal',
      'agent-b.prod.internal',
      'agent-a.prod.internal',
    ]);

    const lists = (await app.inject('/api/cluster/frameworks')).json<FrameworkLists>();
    expect(lists.active.map((f) => f.name)).toEqual(['marathon']);
    expect(lists.active[0]).toMatchObject({ agentCount: 2 });
    expect(lists.active[0]).not.toHaveProperty('agentIds');
    expect(lists.completed.map((f) => f.name)).toEqual(['spark-job-42']);
    const spark = lists.completed[0]?.id ?? '';
    const framework = (
      await app.inject(`/api/cluster/frameworks/${spark}`)
    ).json<FrameworkDetail>();
    expect(framework.agentIds).toEqual([]);
    expect(framework.taskCounts).toEqual({
      active: 0,
      unreachable: 0,
      completed: 1,
      byState: { TASK_FINISHED: 1 },
    });

    const history = (await app.inject(`/api/cluster/agents/${AGENT}/history`)).json<AgentHistory>();
    expect(history).toMatchObject({ agentId: AGENT, cpus: { used: [1.5], total: [8] } });
  });

  it('summarises the cluster for the overview', async () => {
    const { app, control, model } = await serve();
    const summary = (await app.inject('/api/cluster/summary')).json<ClusterSummary>();
    expect(summary).toMatchObject({
      mesosVersion: '1.8.1',
      cluster: 'prod',
      leader: { address: '10.40.0.2:5050', hostname: 'master-2.prod.internal' },
      resources: { total: { cpus: 16, gpus: 2 }, used: { cpus: 1.5, mem: 640 } },
      agents: { active: 2, inactive: 0, recovered: 1, unreachable: 1 },
      frameworks: { active: 1, inactive: 0, completed: 1 },
      tasks: { active: 2, unreachable: 1, completed: 3 },
      marathon: true,
      status: { generation: 1, stale: false, lastError: null },
    });

    control.failure = new Error('503 No leader elected');
    await model.refresh();
    const failing = (await app.inject('/api/cluster/summary')).json<ClusterSummary>();
    expect(failing.status).toMatchObject({
      generation: 1,
      stale: true,
      lastError: '503 No leader elected',
    });
    expect(failing.tasks.active).toBe(2);
  });

  it('serves the metrics history with an ETag that changes with each sample', async () => {
    const { app, model } = await serve();
    await model.sampleMetrics();
    const first = await app.inject('/api/cluster/metrics/history');
    expect(first.json<MetricsHistory>().samples).toHaveLength(1);
    const etag = first.headers.etag as string;
    const same = await revalidate(app, '/api/cluster/metrics/history', etag);
    expect(same.statusCode).toBe(304);
    await model.sampleMetrics();
    const next = await revalidate(app, '/api/cluster/metrics/history', etag);
    expect(next.statusCode).toBe(200);
    expect(next.json<MetricsHistory>().samples).toHaveLength(2);
  });
});
