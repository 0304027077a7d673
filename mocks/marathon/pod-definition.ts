/**
 * Pod definitions (RAML `pod.Pod`, Marathon >= 1.4): the checks Marathon's generated readers and
 * `PodsValidation` make (422 "Object is not valid" with Play's error keys), the defaults Marathon
 * fills in, and the app-shaped run spec the model schedules a pod with.
 */
import { MarathonApiError, objectNotValid, type Violation } from './api-error';
import { deepClone, isObject, type JsonObject } from './json';
import { canonicalPath, pathIdErrors } from './path-id';

export const podNotFound = (podId: string): MarathonApiError =>
  new MarathonApiError(404, { message: `Pod '${podId}' does not exist` });

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const NETWORK_MODES = ['host', 'container', 'container/bridge'];
const IMAGE_KINDS = ['DOCKER', 'APPC'];

class Problems {
  readonly list: Violation[] = [];
  add(path: string, error: string): void {
    const existing = this.list.find((v) => v.path === path);
    if (existing) existing.errors.push(error);
    else this.list.push({ path, errors: [error] });
  }
  /** Play's reader errors for a number field; `min` is the RAML minimum. */
  number(path: string, value: unknown, min: number, required: boolean): void {
    if (value === undefined) {
      if (required) this.add(path, 'error.path.missing');
      return;
    }
    if (typeof value !== 'number') this.add(path, 'error.expected.jsnumber');
    else if (value < min) this.add(path, `error.min`);
  }
}

function checkResources(resources: unknown, path: string, p: Problems): void {
  if (!isObject(resources)) {
    p.add(path, resources === undefined ? 'error.path.missing' : 'error.expected.jsobject');
    return;
  }
  p.number(`${path}/cpus`, resources.cpus, 0.001, false);
  p.number(`${path}/mem`, resources.mem, 0.001, false);
  p.number(`${path}/disk`, resources.disk, 0, false);
  p.number(`${path}/gpus`, resources.gpus, 0, false);
}

function checkContainer(container: unknown, path: string, p: Problems): void {
  if (!isObject(container)) {
    p.add(path, 'error.expected.jsobject');
    return;
  }
  if (typeof container.name !== 'string') {
    p.add(
      `${path}/name`,
      container.name === undefined ? 'error.path.missing' : 'error.expected.jsstring',
    );
  } else if (!NAME.test(container.name)) {
    p.add(`${path}/name`, 'error.pattern');
  }
  checkResources(container.resources, `${path}/resources`, p);
  if (container.image !== undefined) {
    const image = container.image;
    if (!isObject(image) || typeof image.id !== 'string' || image.id === '') {
      p.add(`${path}/image/id`, 'error.path.missing');
    } else if (!IMAGE_KINDS.includes(String(image.kind))) {
      p.add(`${path}/image/kind`, 'error.expected.validenumvalue');
    }
  }
  const endpoints = container.endpoints ?? [];
  if (!Array.isArray(endpoints)) {
    p.add(`${path}/endpoints`, 'error.expected.jsarray');
    return;
  }
  endpoints.forEach((endpoint: unknown, i) => {
    const at = `${path}/endpoints(${i})`;
    if (!isObject(endpoint) || typeof endpoint.name !== 'string') {
      p.add(`${at}/name`, 'error.path.missing');
      return;
    }
    if (!NAME.test(endpoint.name)) p.add(`${at}/name`, 'error.pattern');
    for (const key of ['containerPort', 'hostPort']) {
      const port = endpoint[key];
      if (port !== undefined && (typeof port !== 'number' || port < 0 || port > 65535)) {
        p.add(`${at}/${key}`, 'error.max');
      }
    }
  });
}

function uniqueness(items: unknown[], path: string, message: string, p: Problems): void {
  const names = items.filter(isObject).map((item) => item.name);
  if (new Set(names).size !== names.length) p.add(path, message);
}

function checkPod(body: JsonObject, p: Problems): void {
  if (typeof body.id !== 'string') {
    p.add('/id', body.id === undefined ? 'error.path.missing' : 'error.expected.jsstring');
  } else {
    for (const error of pathIdErrors(body.id)) p.add('/id', error);
  }
  const containers = body.containers;
  if (!Array.isArray(containers)) {
    p.add(
      '/containers',
      containers === undefined ? 'error.path.missing' : 'error.expected.jsarray',
    );
  } else if (containers.length === 0) {
    p.add('/containers', 'error.minLength');
  } else {
    containers.forEach((c: unknown, i) => checkContainer(c, `/containers(${i})`, p));
    uniqueness(containers, '/containers', 'container names are unique', p);
    const endpoints = containers
      .filter(isObject)
      .flatMap((c) => (Array.isArray(c.endpoints) ? (c.endpoints as unknown[]) : []));
    uniqueness(endpoints, '/containers', 'endpoint names are unique', p);
  }
  const scaling = body.scaling;
  if (scaling !== undefined) {
    if (!isObject(scaling) || scaling.kind !== 'fixed') {
      p.add('/scaling/kind', 'error.expected.validenumvalue');
    } else {
      p.number('/scaling/instances', scaling.instances, 0, false);
    }
  }
  if (body.networks !== undefined) {
    const networks = Array.isArray(body.networks) ? body.networks : [null];
    networks.forEach((n: unknown, i) => {
      if (!isObject(n) || !NETWORK_MODES.includes(String(n.mode ?? 'container'))) {
        p.add(`/networks(${i})/mode`, 'error.expected.validenumvalue');
      }
    });
  }
  if (Array.isArray(body.volumes)) {
    uniqueness(body.volumes, '/volumes', 'volume names are unique', p);
  }
}

function canonicalContainer(container: JsonObject): JsonObject {
  const resources = container.resources as JsonObject;
  return {
    ...container,
    resources: {
      cpus: resources.cpus ?? 1,
      mem: resources.mem ?? 128,
      disk: resources.disk ?? 0,
      gpus: resources.gpus ?? 0,
    },
    endpoints: ((container.endpoints as JsonObject[] | undefined) ?? []).map((e) => ({
      protocol: ['tcp'],
      labels: {},
      ...e,
    })),
  };
}

function canonicalPod(body: JsonObject, id: string): JsonObject {
  const scaling = isObject(body.scaling) ? body.scaling : {};
  const scheduling = isObject(body.scheduling) ? body.scheduling : {};
  const placement = isObject(scheduling.placement) ? scheduling.placement : {};
  const out: JsonObject = {
    ...deepClone(body),
    id,
    containers: (body.containers as JsonObject[]).map(canonicalContainer),
    scaling: { kind: 'fixed', instances: scaling.instances ?? 1, ...scaling },
    networks: Array.isArray(body.networks) ? body.networks : [{ mode: 'host' }],
    scheduling: {
      ...scheduling,
      backoff: {
        backoff: 1,
        backoffFactor: 1.15,
        maxLaunchDelay: 300,
        ...(scheduling.backoff as object),
      },
      upgrade: {
        minimumHealthCapacity: 1,
        maximumOverCapacity: 1,
        ...(scheduling.upgrade as object),
      },
      placement: { constraints: [], acceptedResourceRoles: [], ...placement },
      killSelection: scheduling.killSelection ?? 'YOUNGEST_FIRST',
    },
    executorResources: { cpus: 0.1, mem: 32, disk: 10, ...(body.executorResources as object) },
  };
  delete out.version;
  return out;
}

/**
 * Parses a POST/PUT body; `urlId` is the id of the pod addressed by a PUT, which must match the
 * body's id (400, as the RAML documents).
 */
export function parsePodDefinition(body: unknown, urlId?: string): JsonObject {
  if (!isObject(body)) throw objectNotValid([{ path: '/', errors: ['error.expected.jsobject'] }]);
  const problems = new Problems();
  checkPod(body, problems);
  if (problems.list.length > 0) throw objectNotValid(problems.list);
  const id = canonicalPath(String(body.id));
  if (urlId !== undefined && id !== urlId) {
    throw new MarathonApiError(400, {
      message: `'${urlId}' does not match definition's id ('${id}')`,
    });
  }
  return canonicalPod(body, id);
}

const sum = (containers: JsonObject[], key: string): number =>
  containers.reduce((total, c) => total + Number((c.resources as JsonObject)[key] ?? 0), 0);

/**
 * The app-shaped view of a pod that deployment planning, rollout and offer matching read:
 * resources summed over containers plus the executor, endpoints with a host port as port
 * mappings, and the whole pod (less its scale) under `podSpec` so a config change shows.
 */
export function podRunSpec(pod: JsonObject): JsonObject {
  const containers = pod.containers as JsonObject[];
  const scheduling = pod.scheduling as JsonObject;
  const executor = pod.executorResources as JsonObject;
  const backoff = scheduling.backoff as JsonObject;
  const placement = scheduling.placement as JsonObject;
  const { instances, ...restOfScaling } = pod.scaling as JsonObject;
  const roles = placement.acceptedResourceRoles as string[];
  return {
    id: pod.id,
    instances,
    cpus: sum(containers, 'cpus') + Number(executor.cpus ?? 0),
    mem: sum(containers, 'mem') + Number(executor.mem ?? 0),
    disk: sum(containers, 'disk') + Number(executor.disk ?? 0),
    gpus: sum(containers, 'gpus'),
    constraints: placement.constraints,
    ...(roles.length > 0 ? { acceptedResourceRoles: roles } : {}),
    networks: [{ mode: 'container/bridge' }],
    container: {
      portMappings: podEndpoints(pod)
        .filter((e) => e.hostPort !== undefined)
        .map((e) => ({ hostPort: e.hostPort, containerPort: e.containerPort ?? 0 })),
    },
    upgradeStrategy: scheduling.upgrade,
    killSelection: scheduling.killSelection,
    backoffSeconds: backoff.backoff,
    backoffFactor: backoff.backoffFactor,
    maxLaunchDelaySeconds: backoff.maxLaunchDelay,
    podSpec: { ...pod, scaling: restOfScaling },
  };
}

export const isPodRunSpec = (spec: JsonObject | undefined): boolean => isObject(spec?.podSpec);

/** The pod JSON of a run spec view, as `/v2/pods` answers it. */
export function podJson(view: JsonObject): JsonObject {
  const spec = deepClone(view.podSpec as JsonObject);
  return {
    ...spec,
    scaling: { ...(spec.scaling as JsonObject), instances: view.instances },
    version: view.version,
  };
}

/** Every container's endpoints in order, tagged with their container. */
export function podEndpoints(pod: JsonObject): (JsonObject & { container: string })[] {
  return (pod.containers as JsonObject[]).flatMap((c) =>
    ((c.endpoints as JsonObject[] | undefined) ?? []).map((e) => ({
      ...e,
      container: String(c.name),
    })),
  );
}
