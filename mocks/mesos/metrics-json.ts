/** `/metrics/snapshot` for masters and agents (flat `{"<metric>": number}`). */
import type { MetricsSnapshot, TaskState } from '../../src/api/mesos';
import type { MesosModel } from './mesos-model';
import type { AgentRecord, MasterRecord } from './records';
import { addScalars, round3, zeroScalars } from './resources-json';

const GAUGE_STATES: [string, TaskState][] = [
  ['staging', 'TASK_STAGING'],
  ['starting', 'TASK_STARTING'],
  ['running', 'TASK_RUNNING'],
  ['killing', 'TASK_KILLING'],
  ['unreachable', 'TASK_UNREACHABLE'],
];
const COUNTER_STATES: [string, TaskState][] = [
  ['finished', 'TASK_FINISHED'],
  ['failed', 'TASK_FAILED'],
  ['killed', 'TASK_KILLED'],
  ['lost', 'TASK_LOST'],
  ['error', 'TASK_ERROR'],
  ['dropped', 'TASK_DROPPED'],
  ['gone', 'TASK_GONE'],
  ['gone_by_operator', 'TASK_GONE_BY_OPERATOR'],
];

const percent = (used: number, total: number): number => (total > 0 ? used / total : 0);

/** Resource gauges are only meaningful on the leader: a standby has no registered agents. */
export function masterMetrics(model: MesosModel, self: MasterRecord): MetricsSnapshot {
  const elected = model.leaderIndex === self.index;
  const agents = elected ? model.agents : [];
  const frameworks = elected ? [...model.frameworks.values()] : [];
  const total = zeroScalars();
  const used = zeroScalars();
  const states = new Map<TaskState, number>();
  let active = 0;
  let inactive = 0;
  let unreachable = 0;
  for (const agent of agents) {
    if (agent.unreachable) {
      unreachable++;
      continue;
    }
    if (agent.active) active++;
    else inactive++;
    addScalars(total, agent.total);
    addScalars(used, agent.allocated);
  }
  for (const framework of frameworks) {
    for (const map of [framework.tasks, framework.unreachable]) {
      for (const task of map.values()) states.set(task.state, (states.get(task.state) ?? 0) + 1);
    }
  }
  const metrics: MetricsSnapshot = {
    'master/elected': elected ? 1 : 0,
    'master/uptime_secs': (model.now() - self.startTime) / 1000,
    'master/slaves_active': active,
    'master/slaves_inactive': inactive,
    'master/slaves_connected': active + inactive,
    'master/slaves_disconnected': 0,
    'master/slaves_unreachable': unreachable,
    'master/frameworks_active': frameworks.filter((f) => f.active).length,
    'master/frameworks_inactive': frameworks.filter((f) => !f.active).length,
    'master/frameworks_connected': frameworks.filter((f) => f.active).length,
    'master/frameworks_disconnected': 0,
    'master/outstanding_offers': 0,
  };
  for (const resource of ['cpus', 'mem', 'disk', 'gpus'] as const) {
    metrics[`master/${resource}_total`] = round3(total[resource]);
    metrics[`master/${resource}_used`] = round3(used[resource]);
    metrics[`master/${resource}_percent`] = percent(used[resource], total[resource]);
    metrics[`master/${resource}_revocable_total`] = 0;
    metrics[`master/${resource}_revocable_used`] = 0;
    metrics[`master/${resource}_revocable_percent`] = 0;
  }
  for (const [name, state] of GAUGE_STATES)
    metrics[`master/tasks_${name}`] = states.get(state) ?? 0;
  for (const [name, state] of COUNTER_STATES) {
    metrics[`master/tasks_${name}`] = elected ? (model.terminalCounts.get(state) ?? 0) : 0;
  }
  metrics['system/cpus_total'] = 2;
  metrics['system/mem_total_bytes'] = 8_589_934_592;
  return metrics;
}

export function agentMetrics(model: MesosModel, agent: AgentRecord): MetricsSnapshot {
  const states = new Map<TaskState, number>();
  const frameworks = new Set<string>();
  for (const task of agent.tasks.values()) {
    states.set(task.state, (states.get(task.state) ?? 0) + 1);
    frameworks.add(task.frameworkId);
  }
  const metrics: MetricsSnapshot = {
    'slave/registered': agent.unreachable ? 0 : 1,
    'slave/uptime_secs': (model.now() - agent.registeredTime) / 1000,
    'slave/frameworks_active': frameworks.size,
    'slave/executors_running': agent.tasks.size,
    'slave/executors_terminated': agent.completed.size,
  };
  for (const resource of ['cpus', 'mem', 'disk', 'gpus'] as const) {
    metrics[`slave/${resource}_total`] = agent.total[resource];
    metrics[`slave/${resource}_used`] = round3(agent.allocated[resource]);
    metrics[`slave/${resource}_percent`] = percent(
      agent.allocated[resource],
      agent.total[resource],
    );
  }
  for (const [name, state] of GAUGE_STATES) metrics[`slave/tasks_${name}`] = states.get(state) ?? 0;
  let finished = 0;
  let failed = 0;
  let killed = 0;
  let lost = 0;
  for (const task of agent.completed.values()) {
    if (task.state === 'TASK_FINISHED') finished++;
    else if (task.state === 'TASK_FAILED') failed++;
    else if (task.state === 'TASK_KILLED') killed++;
    else if (task.state === 'TASK_LOST') lost++;
  }
  metrics['slave/tasks_finished'] = finished;
  metrics['slave/tasks_failed'] = failed;
  metrics['slave/tasks_killed'] = killed;
  metrics['slave/tasks_lost'] = lost;
  return metrics;
}
