import { describe, expect, it } from 'vitest';
import type { ClusterSummary } from '../../../../api/cluster-model';
import { clusterTotals } from './cluster-totals';
import { taskStateCounts } from './task-state-counts';

describe('clusterTotals', () => {
  it('maps the model summary onto the cards: total, used and offered per resource', () => {
    const amounts = (cpus: number, mem: number) => ({ cpus, mem, disk: 0, gpus: 0 });
    const totals = clusterTotals({
      resources: { total: amounts(6, 4096), used: amounts(3, 1024), offered: amounts(1, 256) },
      agents: { active: 1, inactive: 1, recovered: 0, unreachable: 2 },
      frameworks: { active: 2, inactive: 1, completed: 4 },
    } as ClusterSummary);
    expect(totals.resources.cpus).toEqual({ total: 6, used: 3, offered: 1 });
    expect(totals.resources.mem).toEqual({ total: 4096, used: 1024, offered: 256 });
    expect(totals.resources.gpus).toEqual({ total: 0, used: 0, offered: 0 });
    expect(totals.agents).toEqual({ active: 1, inactive: 1 });
    expect(totals.frameworks).toEqual({ active: 2, inactive: 1 });
  });
});

describe('taskStateCounts', () => {
  it('reads gauges and counters from the master metrics, missing ones as 0', () => {
    const counts = taskStateCounts({
      'master/tasks_running': 7,
      'master/tasks_staging': 1,
      'master/tasks_failed': 3,
    });
    expect(counts.current).toContainEqual({ state: 'TASK_RUNNING', count: 7 });
    expect(counts.current).toContainEqual({ state: 'TASK_STAGING', count: 1 });
    expect(counts.current).toContainEqual({ state: 'TASK_UNREACHABLE', count: 0 });
    expect(counts.sinceStart).toContainEqual({ state: 'TASK_FAILED', count: 3 });
    expect(counts.sinceStart.map((entry) => entry.state)).toEqual([
      'TASK_FINISHED',
      'TASK_FAILED',
      'TASK_KILLED',
      'TASK_LOST',
      'TASK_ERROR',
    ]);
  });
});
