/**
 * The leading master's v1 operator API JSON (`include/mesos/v1/master/master.proto`): ids are
 * `{value}`, resources are arrays of `Resource`, times are `TimeInfo {nanoseconds}`, and a task's
 * status timestamps stay float seconds as in `TaskStatus`.
 */
import { agentDrainJson } from './agent-drain-json';
import type { MesosLabel } from '../../src/api/mesos';
import { agentPid, taskJson, withDiscoveryAndContainer } from './master-json';
import type { MesosModel } from './mesos-model';
import { MESOS_VERSION } from './mesos-model';
import type { PortRange } from './port-ranges';
import { portsToRanges } from './port-ranges';
import type { AgentRecord, FrameworkRecord, Scalars, StatusRecord, TaskRecord } from './records';
import {
  agentReservations,
  reservationV1,
  totalResourcesV1,
  unreservedScalars,
} from './reservations';
import { isRanges, round3, zeroScalars } from './resources-json';

type Json = Record<string, unknown>;

const id = (value: string) => ({ value });
const timeInfo = (ms: number) => ({ nanoseconds: Math.round(ms * 1e6) });

function scalar(name: string, value: number): Json {
  return { name, type: 'SCALAR', scalar: { value: round3(value) } };
}

/** `repeated Resource`: scalars that are not zero, then the port ranges. */
export function resourcesV1(
  scalars: Scalars,
  ports: Iterable<number> | readonly PortRange[] = [],
  role?: string,
): Json[] {
  const list = (['cpus', 'mem', 'disk', 'gpus'] as const)
    .filter((name) => scalars[name] !== 0)
    .map((name) => scalar(name, scalars[name]));
  const ranges = isRanges(ports) ? ports : portsToRanges(ports);
  if (ranges.length > 0) {
    list.push({
      name: 'ports',
      type: 'RANGES',
      ranges: { range: ranges.map(([begin, end]) => ({ begin, end })) },
    });
  }
  // MULTI_ROLE masters say which role each allocated resource belongs to.
  return role === undefined ? list : list.map((entry) => ({ ...entry, allocation_info: { role } }));
}

const labelsV1 = (labels: MesosLabel[]) => ({ labels });

function statusV1(task: TaskRecord, status: StatusRecord, agentIp: string): Json {
  // The v0 writer already shapes a status the way TaskStatus does (float seconds, container_status).
  const index = task.statuses.indexOf(status);
  const v0 = taskJson({ ...task, statuses: [status] }, agentIp, '').statuses[0];
  return {
    task_id: id(task.id),
    agent_id: id(task.agentId),
    ...v0,
    uuid: Buffer.from(`${task.id}:${index}`).toString('base64'),
  };
}

export function taskV1(model: MesosModel, task: TaskRecord): Json {
  const ip = model.agentsById.get(task.agentId)?.ip ?? '';
  const framework =
    model.frameworks.get(task.frameworkId) ?? model.completedFrameworks.get(task.frameworkId);
  const json: Json = {
    name: task.name,
    task_id: id(task.id),
    framework_id: id(task.frameworkId),
    agent_id: id(task.agentId),
    state: task.state,
    resources: resourcesV1(task.resources, task.resources.ports, framework?.role ?? '*'),
    statuses: task.statuses.map((status) => statusV1(task, status, ip)),
    status_update_state: task.state,
  };
  if (task.labels) json.labels = labelsV1(task.labels);
  return withDiscoveryAndContainer(json, task);
}

function attributesV1(attributes: Record<string, string | number>): Json[] {
  return Object.entries(attributes).map(([name, value]) =>
    typeof value === 'number'
      ? { name, type: 'SCALAR', scalar: { value } }
      : { name, type: 'TEXT', text: { value } },
  );
}

/** `GetAgents.Agent`. */
export function agentV1(agent: AgentRecord): Json {
  const port = Number(agent.address.slice(agent.address.lastIndexOf(':') + 1));
  return {
    agent_info: {
      hostname: agent.hostname,
      port,
      // What the agent was started with: static reservations, not dynamic ones.
      resources: [
        ...resourcesV1(unreservedScalars(agent), agent.portRanges),
        ...agentReservations(agent)
          .filter((reservation) => reservation.type === 'STATIC')
          .flatMap(reservationV1),
      ],
      attributes: attributesV1(agent.attributes),
      id: id(agent.id),
    },
    active: agent.active,
    ...agentDrainJson(agent),
    version: MESOS_VERSION,
    pid: agentPid(agent),
    registered_time: timeInfo(agent.registeredTime),
    ...(agent.reregisteredTime !== null && { reregistered_time: timeInfo(agent.reregisteredTime) }),
    total_resources: totalResourcesV1(agent),
    allocated_resources: resourcesV1(agent.allocated, agent.usedPorts),
    offered_resources: [],
    capabilities: [
      'MULTI_ROLE',
      'HIERARCHICAL_ROLE',
      'RESERVATION_REFINEMENT',
      'AGENT_DRAINING',
    ].map((type) => ({ type })),
  };
}

/** `FrameworkInfo`. */
export function frameworkInfoV1(framework: FrameworkRecord): Json {
  return {
    user: framework.user,
    name: framework.name,
    id: id(framework.id),
    failover_timeout: framework.failoverTimeout,
    checkpoint: true,
    roles: [framework.role],
    hostname: framework.hostname,
    ...(framework.principal !== undefined && { principal: framework.principal }),
    webui_url: framework.webuiUrl,
    capabilities: framework.capabilities.map((type) => ({ type })),
  };
}

/** `GetFrameworks.Framework`. */
export function frameworkV1(framework: FrameworkRecord): Json {
  const used = zeroScalars();
  const ports: number[] = [];
  for (const task of framework.tasks.values()) {
    used.cpus += task.resources.cpus;
    used.mem += task.resources.mem;
    used.disk += task.resources.disk;
    used.gpus += task.resources.gpus;
    ports.push(...task.resources.ports);
  }
  return {
    framework_info: frameworkInfoV1(framework),
    active: framework.active,
    connected: framework.active,
    recovered: false,
    registered_time: timeInfo(framework.registeredTime),
    ...(framework.reregisteredTime !== null && {
      reregistered_time: timeInfo(framework.reregisteredTime),
    }),
    ...(framework.unregisteredTime !== null && {
      unregistered_time: timeInfo(framework.unregisteredTime),
    }),
    offers: [],
    allocated_resources: resourcesV1(used, ports),
    offered_resources: [],
  };
}

/** `Response.GetState`, which `SUBSCRIBED` carries. */
export function getStateV1(model: MesosModel): Json {
  const frameworks = [...model.frameworks.values()];
  const completed = [...model.completedFrameworks.values()];
  const tasks = (pick: (framework: FrameworkRecord) => Map<string, TaskRecord>) =>
    [...frameworks, ...completed].flatMap((framework) =>
      [...pick(framework).values()].map((task) => taskV1(model, task)),
    );
  return {
    get_tasks: {
      tasks: tasks((framework) => framework.tasks),
      unreachable_tasks: tasks((framework) => framework.unreachable),
      completed_tasks: tasks((framework) => framework.completed),
    },
    get_executors: {},
    get_frameworks: {
      frameworks: frameworks.map(frameworkV1),
      completed_frameworks: completed.map(frameworkV1),
    },
    get_agents: {
      agents: model.agents.filter((agent) => !agent.unreachable).map(agentV1),
      recovered_agents: [],
    },
  };
}

/** `TASK_UPDATED`: the framework, the new status and the task's latest state. */
export function taskUpdatedV1(model: MesosModel, task: TaskRecord, status: StatusRecord): Json {
  const ip = model.agentsById.get(task.agentId)?.ip ?? '';
  return {
    framework_id: id(task.frameworkId),
    status: statusV1(task, status, ip),
    state: task.state,
  };
}
