import { describe, expect, it } from 'vitest';
import type { MesosAgentSummary, MesosFrameworkSummary } from '../../../../api/mesos';
import { clusterTotals } from './cluster-totals';
import { taskStateCounts } from './task-state-counts';

function agent(overrides: Partial<MesosAgentSummary>): MesosAgentSummary {
  return {
    id: 'a',
    pid: 'slave(1)@10.0.0.1:5051',
    hostname: 'slave-1',
    resources: { cpus: 4, mem: 4096, disk: 10240, ports: '[31000-32000]' },
    used_resources: { cpus: 1.5, mem: 512, disk: 0 },
    offered_resources: { cpus: 0.5, mem: 128, disk: 100 },
    attributes: {},
    active: true,
    ...overrides,
  };
}

function framework(active: boolean): MesosFrameworkSummary {
  return {
    id: `f-${String(active)}`,
    name: 'marathon',
    hostname: 'm',
    active,
    used_resources: {},
    offered_resources: {},
  };
}

describe('clusterTotals', () => {
  it('sums total, used and offered over all agents, with absent GPUs as 0', () => {
    const totals = clusterTotals({
      hostname: 'master-1',
      slaves: [agent({}), agent({ id: 'b', active: false, resources: { cpus: 2, gpus: 1 } })],
      frameworks: [framework(true), framework(false), framework(true)],
    });
    expect(totals.resources.cpus).toEqual({ total: 6, used: 3, offered: 1 });
    expect(totals.resources.mem).toEqual({ total: 4096, used: 1024, offered: 256 });
    expect(totals.resources.gpus).toEqual({ total: 1, used: 0, offered: 0 });
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
