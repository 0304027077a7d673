import { describe, expect, it } from 'vitest';
import type { ClusterSummary, TaskSlice } from '../../api/cluster-model';
import { serveSimulatedCluster } from './simulated-api';

const api = serveSimulatedCluster();

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, window.location.origin));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('/api/cluster/* in component tests', () => {
  it("serves the proxy's cluster model over the simulated cluster, following model time", async () => {
    const before = await getJson<TaskSlice>('/api/cluster/tasks?state=active&q=nginx');
    expect(before.rows.map((row) => [row.appId, row.state])).toEqual([['/nginx', 'TASK_STAGING']]);
    api.cluster().advance(60_000);
    const after = await getJson<TaskSlice>('/api/cluster/tasks?state=active&q=nginx');
    expect(after.generation).toBeGreaterThan(before.generation);
    expect(after.rows).toEqual([
      expect.objectContaining({
        appId: '/nginx',
        frameworkName: 'marathon',
        state: 'TASK_RUNNING',
      }),
    ]);
    const summary = await getJson<ClusterSummary>('/api/cluster/summary');
    expect(summary.status).toMatchObject({ stale: false, generation: after.generation });
  });
});
