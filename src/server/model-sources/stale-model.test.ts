import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClusterSummary } from '../../api/cluster-model';
import { defined } from '../test-support/defined';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';

/** The model polls every 300 ms here, so each fault is read within a second. */
const POLL_MS = 300;

// Masters without the v1 operator API, so the model reads /master/state (a stream's faults are
// the live-streams tests' business).
describe('the cluster model when the leader sends broken states', () => {
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    proxy = await startProxyUnderTest({
      simulation: { mesosOperatorApi: false },
      clusterModel: { pollInterval: () => POLL_MS, fetchTimeoutMs: 1_500 },
      upstreamTimeoutMs: 1_000,
    });
    await vi.waitFor(
      async () => expect((await getJson(`${proxy.url}/api/cluster/summary`)).status).toBe(200),
      { timeout: 10_000, interval: 50 },
    );
  });

  afterAll(async () => {
    await proxy.close();
  });

  const summary = async () =>
    (await getJson(`${proxy.url}/api/cluster/summary`)).body as ClusterSummary;

  it.each([
    ['garbage JSON', { garbage: true }, /is not JSON/],
    ['a body cut in half', { truncate: true }, /.+/],
  ])(
    'keeps the last good model, marked stale with its age, on %s',
    async (_name, fault, why) => {
      const { cluster } = defined(proxy.stadium.simulation);
      const good = await summary();
      expect(good.status.stale).toBe(false);
      const remove = cluster.faults.inject({ pathPrefix: '/master/state', ...fault });
      try {
        // One answer that says all of it: on a loaded machine a read begun before the fault can
        // still land after the first broken one, so the first error is not the last word.
        await expect.poll(summary, { timeout: 10_000, interval: 100 }).toMatchObject({
          status: {
            stale: true,
            lastError: expect.stringMatching(why),
            fetchedAt: expect.any(Number),
            ageMs: expect.any(Number),
          },
          // The last good rows are still served.
          agents: good.agents,
          tasks: good.tasks,
        });
      } finally {
        remove();
      }
      // It recovers on its own once the master answers properly again (backoff: 2 s, then 4 s).
      await expect
        .poll(async () => (await summary()).status.stale, { timeout: 10_000, interval: 200 })
        .toBe(false);
    },
    20_000,
  );

  it('says the state did not come within the deadline when the leader hangs', async () => {
    const { cluster } = defined(proxy.stadium.simulation);
    const leader = defined(cluster.mesos.leader()).address;
    const remove = cluster.faults.inject({ node: leader, pathPrefix: '/master/state', hang: true });
    try {
      await expect
        .poll(async () => (await summary()).status.lastError, { timeout: 10_000, interval: 200 })
        .toBe(`http://${leader}/master/state: no answer within 1500 ms`);
    } finally {
      remove();
    }
  }, 20_000);
});
