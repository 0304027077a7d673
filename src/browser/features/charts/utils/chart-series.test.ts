import { describe, expect, it } from 'vitest';
import type { AgentHistory, MetricsSample } from '../../../../api/cluster-model';
import { agentUsage, clusterUsage, liveTaskStates, summarizeUsage } from './chart-series';

function sample(t: number, cpusUsed: number, running: number): MetricsSample {
  const pair = { total: 8, used: 0 };
  return {
    t,
    cpus: { total: 8, used: cpusUsed },
    mem: pair,
    disk: pair,
    gpus: pair,
    tasks: {
      staging: 1,
      starting: 0,
      running,
      killing: 0,
      unreachable: 0,
      finished: 5,
      failed: 0,
      killed: 0,
      lost: 0,
      error: 0,
    },
  };
}

describe('chart series', () => {
  const history = {
    intervalMs: 5000,
    capacity: 720,
    samples: [sample(1000, 2, 3), sample(6000, 5, 4), sample(11_000, 3, 4)],
  };

  it('reads one resource of the metrics ring and sums it up', () => {
    const points = clusterUsage(history, 'cpus');
    expect(points[1]).toEqual({ t: 6000, used: 5, total: 8 });
    expect(summarizeUsage(points)).toEqual({ used: 3, total: 8, peak: 5 });
    expect(summarizeUsage([])).toBeNull();
  });

  it('keeps only the live task states, which are gauges', () => {
    expect(liveTaskStates(history)[0]).toEqual({
      t: 1000,
      running: 3,
      staging: 1,
      starting: 0,
      killing: 0,
      unreachable: 0,
    });
  });

  it('zips the parallel arrays of an agent history', () => {
    const series = { used: [1, 2], total: [4, 4] };
    const agent: AgentHistory = {
      agentId: 'a',
      t: [10, 20],
      cpus: series,
      mem: series,
      disk: series,
      gpus: series,
    };
    expect(agentUsage(agent, 'mem')).toEqual([
      { t: 10, used: 1, total: 4 },
      { t: 20, used: 2, total: 4 },
    ]);
  });
});
