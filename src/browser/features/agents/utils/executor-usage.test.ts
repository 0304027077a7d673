import { describe, expect, it } from 'vitest';
import type { MesosExecutorStatistics } from '../../../../api/mesos';
import { executorUsage } from './executor-usage';

const sample = (
  executor: string,
  timestamp: number,
  user: number,
  system: number,
): MesosExecutorStatistics => ({
  executor_id: executor,
  executor_name: executor,
  framework_id: 'f-1',
  source: executor,
  statistics: {
    timestamp,
    cpus_limit: 1.1,
    cpus_user_time_secs: user,
    cpus_system_time_secs: system,
    mem_limit_bytes: 160 * 1024 * 1024,
    mem_rss_bytes: 64 * 1024 * 1024,
  },
});

describe('executorUsage', () => {
  it('divides the growth of user + system CPU seconds by the time between samples', () => {
    const [usage] = executorUsage([sample('web', 100, 10, 2)], [sample('web', 103, 11.2, 2.3)]);
    expect(usage?.cpus).toBeCloseTo(0.5);
    expect(usage).toMatchObject({ cpusLimit: 1.1, memMb: 64, memLimitMb: 160 });
  });

  it('has no CPU figure for an executor seen once, or for the same timestamp twice', () => {
    expect(executorUsage(null, [sample('web', 100, 1, 1)])[0]?.cpus).toBeNull();
    expect(
      executorUsage([sample('db', 100, 1, 1)], [sample('web', 103, 2, 1)])[0]?.cpus,
    ).toBeNull();
    expect(
      executorUsage([sample('web', 100, 1, 1)], [sample('web', 100, 1, 1)])[0]?.cpus,
    ).toBeNull();
  });
});
