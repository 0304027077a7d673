import Fastify from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClusterModel } from './cluster-model';
import { fakeSources } from './fixtures/fake-sources';
import { loadFixture } from './fixtures/load-fixture';
import { defaultPollInterval, errorBackoff } from './poll-schedule';
import { clusterModelRoutes } from './routes';

afterEach(() => {
  vi.useRealTimers();
});

/** Fastify's own scheduling stays real; only the model's timers and clock are faked. */
function fakeTimers() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_700_000_000_000 });
}

describe('cluster model polling', () => {
  it('fetches /master/state once per interval however many viewers ask', async () => {
    const { sources, control } = fakeSources(loadFixture('master-state.mesos-1.8.json'));
    const app = Fastify();
    const model = createClusterModel(sources, { pollInterval: () => 2_000 });
    await app.register(clusterModelRoutes, { model });
    await app.ready();
    fakeTimers();
    model.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(control.calls.state).toBe(1);

    const viewers = async () => {
      const replies = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          app.inject(i % 2 ? '/api/cluster/tasks?state=active' : '/api/cluster/agents'),
        ),
      );
      expect(replies.every((reply) => reply.statusCode === 200)).toBe(true);
    };
    await viewers();
    await viewers();
    expect(control.calls.state).toBe(1);

    await vi.advanceTimersByTimeAsync(1_999);
    await viewers();
    expect(control.calls.state).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(control.calls.state).toBe(2);
    await vi.advanceTimersByTimeAsync(2_000 * 5);
    expect(control.calls.state).toBe(7);
    expect(control.calls.apps).toBe(7);

    // A refresh while a poll is in flight joins it.
    await Promise.all([model.refresh(), model.refresh(), model.refresh()]);
    expect(control.calls.state).toBe(8);
    model.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(control.calls.state).toBe(8);
    await app.close();
  });

  it('backs off on errors, keeps the last good snapshot and reports staleness', async () => {
    const { sources, control } = fakeSources(loadFixture('master-state.mesos-1.2.json'));
    const errors: string[] = [];
    fakeTimers();
    const model = createClusterModel(sources, {
      pollInterval: () => 10_000,
      onError: (source, error) => errors.push(`${source}: ${(error as Error).message}`),
    });
    model.start();
    await vi.advanceTimersByTimeAsync(0);
    const good = model.snapshot();
    expect(model.status()).toMatchObject({ generation: 1, stale: false, pollIntervalMs: 10_000 });

    control.failure = new Error('connect ECONNREFUSED 10.30.4.58:5050');
    await vi.advanceTimersByTimeAsync(10_000); // fails, retry in 2 s
    await vi.advanceTimersByTimeAsync(2_000); // fails, retry in 4 s
    await vi.advanceTimersByTimeAsync(4_000); // fails, retry in 8 s
    expect(control.calls.state).toBe(4);
    expect(model.snapshot()).toBe(good);
    expect(model.status()).toMatchObject({
      generation: 1,
      stale: true,
      consecutiveErrors: 3,
      pollIntervalMs: 8_000,
      lastError: 'connect ECONNREFUSED 10.30.4.58:5050',
      ageMs: 16_000,
    });
    expect(errors).toHaveLength(3);
    expect(model.knowsAgent('8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b-S1')).toBe(true);

    await vi.advanceTimersByTimeAsync(7_999);
    expect(control.calls.state).toBe(4);
    control.failure = null;
    await vi.advanceTimersByTimeAsync(1);
    expect(control.calls.state).toBe(5);
    expect(model.status()).toMatchObject({
      generation: 2,
      stale: false,
      consecutiveErrors: 0,
      lastError: null,
    });
    model.stop();
  });

  it('reports a snapshot stale once it is three intervals old, and refuses a standby answer', async () => {
    const standby = loadFixture('master-state.mesos-0.25.json') as Record<string, unknown>;
    standby.pid = 'master@192.168.50.11:5050';
    const { sources, control } = fakeSources(loadFixture('master-state.mesos-0.25.json'));
    fakeTimers();
    const model = createClusterModel(sources, { pollInterval: () => 2_000 });
    await model.refresh();
    expect(model.status().stale).toBe(false);
    await vi.advanceTimersByTimeAsync(6_001); // not started: nothing polls
    expect(model.status()).toMatchObject({ stale: true, consecutiveErrors: 0 });

    control.state = standby;
    await model.refresh();
    expect(model.status()).toMatchObject({
      generation: 1,
      lastError:
        'master master@192.168.50.11:5050 is not the leader (master@192.168.50.10:5050 is)',
    });
  });

  it('samples /metrics/snapshot every 5 s into a ring that keeps the newest samples', async () => {
    const metrics = loadFixture('master-metrics-snapshot.json') as Record<string, number>;
    const { sources, control } = fakeSources(
      loadFixture('master-state.mesos-1.8.json'),
      null,
      metrics,
    );
    fakeTimers();
    const model = createClusterModel(sources, { metricsCapacity: 3, pollInterval: () => 60_000 });
    model.start();
    await vi.advanceTimersByTimeAsync(5_000 * 4);
    expect(control.calls.metrics).toBe(5);
    const history = model.metricsHistory();
    expect(history).toMatchObject({ intervalMs: 5_000, capacity: 3 });
    expect(history.samples.map((sample) => sample.t - 1_700_000_000_000)).toEqual([
      10_000, 15_000, 20_000,
    ]);
    expect(history.samples[0]).toMatchObject({
      cpus: { total: 16, used: 3 },
      gpus: { total: 2, used: 0 },
      tasks: { running: 2, staging: 1, unreachable: 1, finished: 12, failed: 4 },
    });
    expect(model.metricsRevision()).toBe(5);
    model.stop();
  });

  it('records each agent allocation per poll and knows agent addresses', async () => {
    const { sources } = fakeSources(loadFixture('master-state.mesos-0.25.json'));
    fakeTimers();
    const model = createClusterModel(sources, { pollInterval: () => 2_000 });
    model.start();
    await vi.advanceTimersByTimeAsync(4_000);
    const id = '5e0b7c1a-4d2f-4a8e-9c31-7f2d8b6e1a40-S1';
    expect(model.agentAddress(id)).toBe('127.0.0.1:5052');
    expect(model.agentAddress('nope')).toBeNull();
    expect(model.knowsAgent('nope')).toBe(false);
    const history = model.agentHistory(id);
    expect(history?.t).toHaveLength(3);
    expect(history?.cpus).toEqual({ used: [0, 0, 0], total: [1, 1, 1] });
    expect(history?.mem.total).toEqual([1024, 1024, 1024]);
    model.stop();
  });
});

describe('poll schedule', () => {
  it('grows with the cluster and with the time a poll takes, and backs off up to 128 s', () => {
    const at = (agents: number, cycleMs = 5) =>
      defaultPollInterval({ agents, tasks: 0, stateBytes: 0, cycleMs });
    expect(at(3)).toBe(2_000);
    expect(at(499)).toBe(5_000);
    expect(at(2_000)).toBe(30_000);
    expect(at(10_000)).toBe(120_000);
    expect(at(50_000)).toBe(480_000);
    expect(at(3, 1_500)).toBe(15_000);
    expect([1, 2, 3, 7, 8, 20].map(errorBackoff)).toEqual([
      2_000, 4_000, 8_000, 128_000, 128_000, 128_000,
    ]);
  });
});
