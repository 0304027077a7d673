/**
 * An agent's `/monitor/statistics`: per executor, the container's CPU times and memory, as the
 * Mesos UI's agent "top" reads them (CPU use is the change in user + system seconds between two
 * samples). Each task works at its own steady load with a slow wave on top, so the numbers move
 * from one sample to the next while the CPU counters only ever grow.
 */
import type { MesosExecutorStatistics } from '../../src/api/mesos';
import type { MesosModel } from './mesos-model';
import type { AgentRecord, TaskRecord } from './records';

/** The command executor's own share that Mesos adds to each container's limits. */
const EXECUTOR_CPUS = 0.1;
const EXECUTOR_MEM_MB = 32;
const MIB = 1024 * 1024;
const WAVE_MS = 20_000;

/** A stable number in [0, 1) from the task id, so each task has its own load. */
function share(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) / 2 ** 32;
}

function statistics(task: TaskRecord, since: number, now: number) {
  const load = 0.2 + 0.6 * share(task.id);
  const phase = share(task.containerId) * 2 * Math.PI;
  const wave = 0.15;
  const omega = (2 * Math.PI) / WAVE_MS;
  // CPU seconds are the integral of cpus * (load + wave * sin(ωt + φ)): non-decreasing as wave < load.
  const busy = (t: number) => load * t - (wave / omega) * Math.cos(omega * t + phase);
  const cpuSeconds = (task.resources.cpus * (busy(now - since) - busy(0))) / 1000;
  const memShare = 0.3 + 0.4 * load + 0.1 * Math.sin(omega * (now - since) * 0.7 + phase);
  return {
    timestamp: now / 1000,
    cpus_limit: task.resources.cpus + EXECUTOR_CPUS,
    cpus_user_time_secs: Math.round(cpuSeconds * 0.8 * 100) / 100,
    cpus_system_time_secs: Math.round(cpuSeconds * 0.2 * 100) / 100,
    mem_limit_bytes: (task.resources.mem + EXECUTOR_MEM_MB) * MIB,
    mem_rss_bytes: Math.round(task.resources.mem * memShare * MIB),
  };
}

export function executorStatistics(
  model: MesosModel,
  agent: AgentRecord,
): MesosExecutorStatistics[] {
  const now = model.now();
  const out: MesosExecutorStatistics[] = [];
  for (const task of agent.tasks.values()) {
    if (task.runningSince === null) continue;
    out.push({
      executor_id: task.id,
      executor_name: `Command Executor (Task: ${task.id})`,
      framework_id: task.frameworkId,
      source: task.id,
      container_id: task.containerId,
      statistics: statistics(task, task.runningSince, now),
    });
  }
  return out;
}
