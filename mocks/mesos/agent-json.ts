/** An agent's own `/state` (`/slave(1)/state`): frameworks -> executors -> tasks, with sandboxes. */
import type { MesosAgentFramework, MesosAgentState, MesosExecutor } from '../../src/api/mesos';
import { agentPid, BUILD_INFO, masterHostname, taskJson } from './master-json';
import type { MesosModel } from './mesos-model';
import { WORK_DIR } from './mesos-model';
import type { AgentRecord, FrameworkRecord, TaskRecord } from './records';
import { resourcesV1 } from './operator-json';
import { reservedFullJson, reservedJson, unreservedScalars } from './reservations';
import { resourcesJson } from './resources-json';
import { sandboxDirectory } from './agent-sandbox';
import { LOG_DIR } from './node-logs';

function executorJson(agent: AgentRecord, task: TaskRecord, role: string): MesosExecutor {
  const json = taskJson(task, agent.ip, role);
  const active = task.endedAt === null;
  return {
    id: task.id,
    name: `Command Executor (Task: ${task.id}) (Command: ${task.command ? `sh -c '${task.command}'` : '[]'})`,
    source: task.id,
    container: task.containerId,
    directory: sandboxDirectory(agent, task),
    resources: resourcesJson(task.resources, task.resources.ports),
    ...(task.labels && { labels: task.labels }),
    type: 'COMMAND',
    tasks: active ? [json] : [],
    queued_tasks: [],
    completed_tasks: active ? [] : [json],
  };
}

function agentFrameworkJson(framework: FrameworkRecord): MesosAgentFramework {
  return {
    id: framework.id,
    name: framework.name,
    user: framework.user,
    failover_timeout: framework.failoverTimeout,
    checkpoint: true,
    hostname: framework.hostname,
    role: framework.role,
    roles: [framework.role],
    ...(framework.principal !== undefined && { principal: framework.principal }),
    executors: [],
    completed_executors: [],
  };
}

/** `/slave(1)/flags` and `state.flags`: every value a string, as Mesos writes them. */
export function agentFlags(agent: AgentRecord): Record<string, string> {
  return {
    attributes: Object.entries(agent.attributes)
      .map(([k, v]) => `${k}:${v}`)
      .join(';'),
    containerizers: 'docker,mesos',
    executor_registration_timeout: '5mins',
    gc_delay: '1weeks',
    hostname: agent.hostname,
    isolation: 'posix/cpu,posix/mem',
    log_dir: LOG_DIR,
    logging_level: 'INFO',
    master: 'zk://zk-1.mesos.test:2181/mesos',
    max_completed_executors_per_framework: '150',
    port: agent.address.slice(agent.address.lastIndexOf(':') + 1),
    resources: 'ports:[31000-32000]',
    strict: 'true',
    work_dir: WORK_DIR,
  };
}

export function agentState(model: MesosModel, agent: AgentRecord): MesosAgentState {
  const frameworks = new Map<string, MesosAgentFramework>();
  const completedFrameworks = new Map<string, MesosAgentFramework>();
  const entry = (task: TaskRecord) => {
    const framework =
      model.frameworks.get(task.frameworkId) ?? model.completedFrameworks.get(task.frameworkId);
    if (!framework) return undefined;
    const bucket = framework.active ? frameworks : completedFrameworks;
    let json = bucket.get(framework.id);
    if (!json) bucket.set(framework.id, (json = agentFrameworkJson(framework)));
    return { json, role: framework.role };
  };
  for (const task of agent.tasks.values()) {
    const found = entry(task);
    found?.json.executors.push(executorJson(agent, task, found.role));
  }
  for (const task of agent.completed.values()) {
    const found = entry(task);
    found?.json.completed_executors.push(executorJson(agent, task, found.role));
  }
  const leader = model.leader();
  const resources = resourcesJson(agent.total, agent.portRanges);
  return {
    ...BUILD_INFO,
    start_time: agent.registeredTime / 1000 - 2,
    id: agent.id,
    pid: agentPid(agent),
    hostname: agent.hostname,
    resources,
    ...reservedJson(agent),
    reserved_resources_full: reservedFullJson(agent),
    unreserved_resources_full: resourcesV1(unreservedScalars(agent), agent.portRanges),
    attributes: agent.attributes,
    ...(leader && { master_hostname: masterHostname(leader) }),
    log_dir: LOG_DIR,
    flags: agentFlags(agent),
    frameworks: [...frameworks.values()],
    completed_frameworks: [...completedFrameworks.values()],
  };
}
