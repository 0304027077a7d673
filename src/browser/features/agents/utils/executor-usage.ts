import type { MesosExecutorStatistics } from '../../../../api/mesos';

export interface ExecutorUsage {
  executorId: string;
  frameworkId: string;
  /** CPUs in use between the two samples; null until there are two. */
  cpus: number | null;
  cpusLimit: number | null;
  /** Resident memory, MB. */
  memMb: number | null;
  memLimitMb: number | null;
}

const MB = 1024 * 1024;

const cpuSeconds = (stats: MesosExecutorStatistics['statistics']) =>
  (stats.cpus_user_time_secs ?? 0) + (stats.cpus_system_time_secs ?? 0);

/**
 * What each executor uses now, as the Mesos UI's agent "top" computes it: CPU is the growth of
 * user + system CPU seconds divided by the time between two samples of the same executor.
 */
export function executorUsage(
  previous: readonly MesosExecutorStatistics[] | null,
  current: readonly MesosExecutorStatistics[],
): ExecutorUsage[] {
  const before = new Map(
    (previous ?? []).map((entry) => [`${entry.framework_id}\n${entry.executor_id}`, entry]),
  );
  return current.map((entry) => {
    const stats = entry.statistics;
    const earlier = before.get(`${entry.framework_id}\n${entry.executor_id}`)?.statistics;
    const elapsed = earlier ? stats.timestamp - earlier.timestamp : 0;
    return {
      executorId: entry.executor_id,
      frameworkId: entry.framework_id,
      cpus:
        earlier && elapsed > 0
          ? Math.max(0, (cpuSeconds(stats) - cpuSeconds(earlier)) / elapsed)
          : null,
      cpusLimit: stats.cpus_limit ?? null,
      memMb: stats.mem_rss_bytes === undefined ? null : stats.mem_rss_bytes / MB,
      memLimitMb: stats.mem_limit_bytes === undefined ? null : stats.mem_limit_bytes / MB,
    };
  });
}
