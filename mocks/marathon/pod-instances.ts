/**
 * Pod instances: the Mesos tasks (one per container, as a task group) Marathon launches for one
 * instance, and the `podStatus.PodStatus` / `instance.Instance` JSON the pod routes answer with.
 */
import { TERMINAL_TASK_STATES, type TaskState } from '../../src/api/mesos';
import type { TaskLaunch } from '../contracts';
import { isObject, type JsonObject } from './json';
import type { Instance, PodContainerTask } from './model-types';
import { podJson } from './pod-definition';
import { appHostname } from './task-launch';
import { isoTime } from './time-and-ids';

/** One Mesos task per container; the first one also carries the executor's resources. */
export function buildPodLaunches(
  view: JsonObject,
  instance: Instance,
  agentId: string,
  hostPorts: number[],
): { container: PodContainerTask; launch: TaskLaunch }[] {
  const pod = view.podSpec as JsonObject;
  const executor = pod.executorResources as JsonObject;
  const queue = [...hostPorts];
  return (pod.containers as JsonObject[]).map((c, index) => {
    const name = String(c.name);
    const resources = c.resources as JsonObject;
    const endpoints = (c.endpoints as JsonObject[] | undefined) ?? [];
    const ports = endpoints.filter((e) => e.hostPort !== undefined).map(() => queue.shift() ?? 0);
    const extra = (key: string) => (index === 0 ? Number(executor[key] ?? 0) : 0);
    const image = isObject(c.image) ? String(c.image.id) : undefined;
    const exec = isObject(c.exec) && isObject(c.exec.command) ? c.exec.command : undefined;
    const taskId = `${instance.instanceId}.${name}`;
    const launch: TaskLaunch = {
      taskId,
      name,
      agentId,
      resources: {
        cpus: Number(resources.cpus) + extra('cpus'),
        mem: Number(resources.mem) + extra('mem'),
        disk: Number(resources.disk) + extra('disk'),
        gpus: Number(resources.gpus),
        ports,
      },
      ...(typeof exec?.shell === 'string' ? { command: exec.shell } : {}),
      ...(image
        ? {
            container: {
              type: 'MESOS',
              mesos: { image: { type: 'DOCKER', docker: { name: image } } },
            },
          }
        : {}),
      labels: [{ key: 'MARATHON_POD_ID', value: instance.appId }],
      discovery: {
        name: `${name}.${appHostname(instance.appId)}`,
        ports: endpoints.map((e, i) => ({
          number: ports[i] ?? Number(e.containerPort ?? 0),
          protocol: 'tcp',
          name: String(e.name),
        })),
      },
    };
    const container: PodContainerTask = {
      name,
      taskId,
      state: 'TASK_STAGING',
      ports,
      stagedAt: instance.stagedAt,
    };
    return { container, launch };
  });
}

const STARTING_ORDER: TaskState[] = ['TASK_STAGING', 'TASK_STARTING', 'TASK_RUNNING'];

/** The instance's state from its containers' (worst first, as Marathon's instance condition). */
export function aggregateState(containers: PodContainerTask[]): TaskState {
  const states = containers.map((c) => c.state);
  if (states.every((s) => TERMINAL_TASK_STATES.includes(s))) {
    return (
      states.find((s) => s !== 'TASK_KILLED' && s !== 'TASK_FINISHED') ??
      (states.includes('TASK_KILLED') ? 'TASK_KILLED' : 'TASK_FINISHED')
    );
  }
  if (states.includes('TASK_UNREACHABLE')) return 'TASK_UNREACHABLE';
  if (states.some((s) => s === 'TASK_KILLING' || TERMINAL_TASK_STATES.includes(s))) {
    return 'TASK_KILLING';
  }
  const lowest = Math.min(...states.map((s) => STARTING_ORDER.indexOf(s)));
  return STARTING_ORDER[Math.max(0, lowest)] ?? 'TASK_STAGING';
}

/** `PodInstanceState` of an instance. */
function instanceStatus(instance: Instance): string {
  switch (instance.state) {
    case 'TASK_STAGING':
      return instance.containers?.some((c) => c.state !== 'TASK_STAGING') ? 'STAGING' : 'PENDING';
    case 'TASK_STARTING':
      return 'STAGING';
    case 'TASK_RUNNING':
      return instance.healthy === false ? 'DEGRADED' : 'STABLE';
    case 'TASK_KILLING':
    case 'TASK_UNREACHABLE':
      return 'DEGRADED';
    default:
      return 'TERMINAL';
  }
}

function healthCheckedEndpoint(container: JsonObject): string | undefined {
  const check = isObject(container.healthCheck) ? container.healthCheck : undefined;
  const probe =
    check && (isObject(check.http) ? check.http : isObject(check.tcp) ? check.tcp : undefined);
  return probe && typeof probe.endpoint === 'string' ? probe.endpoint : undefined;
}

function containerStatus(task: PodContainerTask, spec: JsonObject, now: string): JsonObject {
  const endpoints = (spec.endpoints as JsonObject[] | undefined) ?? [];
  const checked = healthCheckedEndpoint(spec);
  let hostPortIndex = 0;
  const since = isoTime(task.startedAt ?? task.stagedAt);
  return {
    name: task.name,
    status: task.state,
    statusSince: since,
    containerId: task.taskId,
    endpoints: endpoints.map((e) => {
      const allocated = e.hostPort === undefined ? undefined : task.ports[hostPortIndex++];
      return {
        name: e.name,
        ...(allocated !== undefined ? { allocatedHostPort: allocated } : {}),
        ...(checked === e.name && task.state === 'TASK_RUNNING'
          ? { healthy: task.healthy !== false }
          : {}),
      };
    }),
    resources: spec.resources,
    lastUpdated: now,
    lastChanged: since,
  };
}

/** `instance.Instance`-ish status of one pod instance (what `::status` lists and kills answer). */
export function renderPodInstance(instance: Instance, view: JsonObject, now: number): JsonObject {
  const pod = view.podSpec as JsonObject;
  const specs = new Map((pod.containers as JsonObject[]).map((c) => [String(c.name), c]));
  const nowIso = isoTime(now);
  const since = isoTime(instance.startedAt ?? instance.stagedAt);
  const resources = ['cpus', 'mem', 'disk', 'gpus'].reduce<JsonObject>(
    (out, key) => ({ ...out, [key]: view[key] }),
    {},
  );
  return {
    id: instance.instanceId,
    status: instanceStatus(instance),
    statusSince: since,
    conditions: [],
    agentHostname: instance.host,
    agentId: instance.agentId,
    resources,
    networks: [],
    containers: (instance.containers ?? []).map((task) =>
      containerStatus(task, specs.get(task.name) ?? {}, nowIso),
    ),
    specReference: `/v2/pods${instance.appId}::versions/${instance.version}`,
    localVolumes: [],
    lastUpdated: nowIso,
    lastChanged: since,
    role: '*',
  };
}

/** `podStatus.PodStatus`: STABLE when every instance is up and the count is reached. */
export function renderPodStatus(
  view: JsonObject,
  instances: Instance[],
  now: number,
  deploying: boolean,
): JsonObject {
  const rendered = instances.map((i) => renderPodInstance(i, view, now));
  const stable =
    !deploying &&
    rendered.length === Number(view.instances) &&
    rendered.every((i) => i.status === 'STABLE');
  const version = String(view.version);
  return {
    id: view.id,
    spec: podJson(view),
    status: stable ? 'STABLE' : 'DEGRADED',
    statusSince: version,
    instances: rendered,
    terminationHistory: [],
    lastUpdated: isoTime(now),
    lastChanged: version,
  };
}
