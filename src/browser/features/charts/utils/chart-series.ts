import type { AgentHistory, MetricsHistory } from '../../../../api/cluster-model';
import type { ResourceName } from '../../../shared/resources/resource-names';

export interface UsagePoint {
  t: number;
  used: number;
  total: number;
}

export interface TaskStatePoint {
  t: number;
  running: number;
  staging: number;
  starting: number;
  killing: number;
  unreachable: number;
}

/** The live task states: gauges, unlike terminal states, which Mesos counts cumulatively. */
export const LIVE_TASK_STATES = [
  'running',
  'staging',
  'starting',
  'killing',
  'unreachable',
] as const;

export function clusterUsage(history: MetricsHistory, name: ResourceName): UsagePoint[] {
  return history.samples.map((sample) => ({ t: sample.t, ...sample[name] }));
}

export function agentUsage(history: AgentHistory, name: ResourceName): UsagePoint[] {
  const { used, total } = history[name];
  return history.t.map((t, index) => ({ t, used: used[index] ?? 0, total: total[index] ?? 0 }));
}

export function liveTaskStates(history: MetricsHistory): TaskStatePoint[] {
  return history.samples.map(({ t, tasks }) => ({
    t,
    running: tasks.running,
    staging: tasks.staging,
    starting: tasks.starting,
    killing: tasks.killing,
    unreachable: tasks.unreachable,
  }));
}

export interface UsageSummary {
  used: number;
  total: number;
  peak: number;
}

/** The latest values and the highest use over the series, for the chart's text summary. */
export function summarizeUsage(points: UsagePoint[]): UsageSummary | null {
  const last = points.at(-1);
  if (!last) return null;
  return {
    used: last.used,
    total: last.total,
    peak: points.reduce((peak, point) => Math.max(peak, point.used), 0),
  };
}
