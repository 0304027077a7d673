import type {
  AgentRow,
  FrameworkDetail,
  TaskCategory,
  TaskCounts,
  TaskDetail,
} from '../../api/cluster-model';
import { normalizeAgent } from './normalize-agent';
import { normalizeFramework } from './normalize-framework';
import { normalizeTask, type TaskContext } from './normalize-task';
import {
  asArray,
  asNumber,
  asRecord,
  asString,
  isRecord,
  secondsToMs,
  type JsonRecord,
} from './read-json';
import { upidAddress } from './upid';

export interface MasterMeta {
  version: string | null;
  cluster: string | null;
  /** This master's MasterInfo id, pid and hostname. */
  id: string | null;
  pid: string | null;
  hostname: string | null;
  leader: { pid: string; address: string; hostname: string | null } | null;
  /** Pre-1.0 standbys answer state themselves: the caller can tell by `leader` != `pid`. */
  answeredByLeader: boolean;
  startTime: number | null;
  electedTime: number | null;
  unreachableAgents: number;
}

export interface NormalizedState {
  meta: MasterMeta;
  agents: AgentRow[];
  frameworks: FrameworkDetail[];
  unregisteredFrameworks: string[];
  tasks: TaskDetail[];
}

/** Reads `/master/state` as Mesos 0.22 .. 1.x writes it (see the fixtures of each generation). */
export function normalizeMasterState(body: unknown): NormalizedState {
  if (!isRecord(body) || !Array.isArray(body.slaves) || !Array.isArray(body.frameworks)) {
    throw new Error('/master/state has no slaves/frameworks lists: not a Mesos master state');
  }
  const agents = collect(body.slaves, (raw) => normalizeAgent(raw, false));
  const knownAgents = new Set(agents.map((agent) => agent.id));
  for (const agent of collect(body.recovered_slaves, (raw) => normalizeAgent(raw, true))) {
    if (!knownAgents.has(agent.id)) agents.push(agent);
  }
  const frameworks = [
    ...collect(body.frameworks, (raw) => normalizeFramework(raw, false)),
    ...collect(body.completed_frameworks, (raw) => normalizeFramework(raw, true)),
  ];
  const agentById = new Map(agents.map((agent) => [agent.id, agent]));
  const frameworkById = new Map<string, FrameworkDetail>();
  for (const framework of frameworks) {
    // A framework id can be both completed and re-registered: prefer the live entry.
    if (!frameworkById.has(framework.id)) frameworkById.set(framework.id, framework);
  }
  const context: TaskContext = {
    frameworkName: (id) => frameworkById.get(id)?.name ?? null,
    agentHostname: (id) => agentById.get(id)?.hostname ?? null,
  };
  const tasks: TaskDetail[] = [];
  const lists: [string, TaskCategory][] = [
    ['tasks', 'active'],
    ['unreachable_tasks', 'unreachable'],
    ['completed_tasks', 'completed'],
  ];
  for (const raw of [...asArray(body.frameworks), ...asArray(body.completed_frameworks)]) {
    const framework = asRecord(raw);
    for (const [field, category] of lists) {
      for (const task of collect(framework[field], (t) => normalizeTask(t, category, context))) {
        tasks.push(task);
      }
    }
  }
  for (const task of collect(body.orphan_tasks, (t) => normalizeTask(t, 'orphan', context))) {
    tasks.push(task);
  }
  countTasks(tasks, agentById, frameworkById);
  return {
    meta: metaOf(body),
    agents,
    frameworks,
    unregisteredFrameworks: asArray(body.unregistered_frameworks).filter(
      (id): id is string => typeof id === 'string',
    ),
    tasks,
  };
}

function collect<T>(list: unknown, read: (raw: JsonRecord) => T | null): T[] {
  const out: T[] = [];
  for (const raw of asArray(list)) {
    if (!isRecord(raw)) continue;
    const row = read(raw);
    if (row !== null) out.push(row);
  }
  return out;
}

/** Fills in each agent's and framework's task counts and their agent and framework ids. */
export function countTasks(
  tasks: readonly TaskDetail[],
  agents: Map<string, AgentRow>,
  frameworks: Map<string, FrameworkDetail>,
): void {
  const agentFrameworks = new Map<string, Set<string>>();
  const frameworkAgents = new Map<string, Set<string>>();
  for (const task of tasks) {
    const agent = agents.get(task.agentId);
    const framework = frameworks.get(task.frameworkId);
    if (agent !== undefined) addCount(agent.taskCounts, task);
    if (framework !== undefined) addCount(framework.taskCounts, task);
    if (task.category === 'completed') continue;
    addTo(agentFrameworks, task.agentId, task.frameworkId);
    addTo(frameworkAgents, task.frameworkId, task.agentId);
  }
  for (const [id, ids] of agentFrameworks) {
    const agent = agents.get(id);
    if (agent !== undefined) agent.frameworkIds = [...ids].sort();
  }
  for (const [id, ids] of frameworkAgents) {
    const framework = frameworks.get(id);
    if (framework !== undefined) {
      framework.agentIds = [...ids].sort();
      framework.agentCount = ids.size;
    }
  }
}

export function addCount(counts: TaskCounts, task: TaskDetail): void {
  if (task.category === 'completed') counts.completed++;
  else if (task.category === 'unreachable') counts.unreachable++;
  else counts.active++;
  counts.byState[task.state] = (counts.byState[task.state] ?? 0) + 1;
}

/** Undoes `addCount` (a state no task is in any more is dropped, as a fresh count leaves it out). */
export function removeCount(counts: TaskCounts, task: TaskDetail): void {
  if (task.category === 'completed') counts.completed--;
  else if (task.category === 'unreachable') counts.unreachable--;
  else counts.active--;
  const left = (counts.byState[task.state] ?? 0) - 1;
  if (left > 0) counts.byState[task.state] = left;
  else Reflect.deleteProperty(counts.byState, task.state);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (set === undefined) map.set(key, (set = new Set()));
  set.add(value);
}

/** `leader_info` exists from 1.2; before that only the leader's UPID in `leader`. */
function metaOf(body: JsonRecord): MasterMeta {
  const pid = asString(body.pid);
  const hostname = asString(body.hostname);
  const leaderInfo = asRecord(body.leader_info);
  const leaderPid = asString(leaderInfo.pid) ?? asString(body.leader);
  let leader: MasterMeta['leader'] = null;
  if (leaderPid !== null) {
    const address = upidAddress(leaderPid) ?? leaderPid;
    const leaderHostname = asString(leaderInfo.hostname) ?? (leaderPid === pid ? hostname : null);
    leader = { pid: leaderPid, address, hostname: leaderHostname };
  }
  return {
    version: asString(body.version),
    cluster: asString(body.cluster),
    id: asString(body.id),
    pid,
    hostname,
    leader,
    answeredByLeader: leaderPid !== null && leaderPid === pid,
    startTime: secondsToMs(body.start_time),
    electedTime: secondsToMs(body.elected_time),
    unreachableAgents: asNumber(body.unreachable_slaves) ?? 0,
  };
}
