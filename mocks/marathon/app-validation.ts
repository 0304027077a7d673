/**
 * The 422 rules of `AppValidation.validateCanonicalAppAPI`, run on the canonical definition.
 * Range checks use the message style of Marathon's documented 422 body ("is greater than 1").
 */
import type { Violation } from './api-error';
import { networkModeOf } from './app-canonical';
import { constraintErrors } from './constraint-rules';
import { isObject, type JsonObject } from './json';
import { pathIdErrors } from './path-id';
import { residencyViolations } from './resident';

class Violations {
  readonly list: Violation[] = [];
  add(path: string, error: string): void {
    const existing = this.list.find((v) => v.path === path);
    if (existing) existing.errors.push(error);
    else this.list.push({ path, errors: [error] });
  }
  range(path: string, value: unknown, min: number, max?: number): void {
    if (typeof value !== 'number') return;
    if (value < min) this.add(path, `is less than ${min}`);
    if (max !== undefined && value > max) this.add(path, `is greater than ${max}`);
  }
}

const MESOS_HEALTH_PROTOCOLS = ['COMMAND', 'MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP'];
const MARATHON_HEALTH_PROTOCOLS = ['HTTP', 'HTTPS', 'TCP'];

function uniqueNames(items: JsonObject[]): boolean {
  const names = items.map((item) => item.name).filter((name) => typeof name === 'string');
  return new Set(names).size === names.length;
}

function checkNetworks(app: JsonObject, v: Violations): void {
  const networks = (app.networks as JsonObject[]) ?? [];
  const count = (mode: string) => networks.filter((n) => n.mode === mode).length;
  if (networks.some((n) => n.mode === 'host' && (n.name || isObject(n.labels)))) {
    v.add('/networks', 'Host networks may not have names or labels');
  }
  if (networks.some((n) => n.mode === 'container/bridge' && n.name)) {
    v.add('/networks', 'Bridge networks may not have names');
  }
  const names = networks.map((n) => n.name).filter(Boolean);
  const unnamedContainer = networks.filter((n) => n.mode === 'container' && !n.name).length;
  if (new Set(names).size !== names.length || unnamedContainer > 1) {
    v.add('/networks', 'Duplicate networks are not allowed');
  }
  const host = count('host');
  const bridge = count('container/bridge');
  const container = count('container');
  const valid =
    (host <= 1 && bridge === 0 && container === 0) ||
    (host === 0 && bridge <= 1 && container === 0) ||
    (host === 0 && bridge === 0 && container > 0);
  if (!valid) {
    v.add(
      '/networks',
      'May specify a single host network, single bridge network, or else 1-to-n container networks',
    );
  }
  if (networks.some((n) => n.mode === 'container' && !n.name)) {
    v.add('/networks', 'Network name must be specified when container network is selected.');
  }
}

function checkContainer(app: JsonObject, v: Violations): void {
  const container = isObject(app.container) ? app.container : undefined;
  if (!container) return;
  if (container.type === 'DOCKER') {
    if (!isObject(container.docker)) v.add('/container/docker', 'not defined');
    else if (!container.docker.image) v.add('/container/docker/image', 'must not be empty');
    const containerNetworks = ((app.networks as JsonObject[]) ?? []).filter(
      (n) => n.mode === 'container',
    );
    if (containerNetworks.length > 1) {
      v.add(
        '/',
        'may only specify a single container network when using the Docker container engine',
      );
    }
  }
  const mappings = Array.isArray(container.portMappings)
    ? (container.portMappings as JsonObject[])
    : [];
  if (!uniqueNames(mappings)) v.add('/container/portMappings', 'Port names must be unique.');
  mappings.forEach((mapping, i) => {
    for (const key of ['containerPort', 'hostPort', 'servicePort']) {
      v.range(`/container/portMappings(${i})/${key}`, mapping[key], 0, 65535);
    }
    if (!['tcp', 'udp', 'udp,tcp'].includes(String(mapping.protocol))) {
      v.add(`/container/portMappings(${i})/protocol`, 'is not one of (tcp,udp,udp,tcp)');
    }
  });
  const volumes = Array.isArray(container.volumes) ? (container.volumes as JsonObject[]) : [];
  volumes.forEach((volume, i) => {
    if (!volume.containerPath) v.add(`/container/volumes(${i})/containerPath`, 'must not be empty');
    if (volume.hostPath === '') v.add(`/container/volumes(${i})/hostPath`, 'must not be empty');
  });
}

function checkPorts(app: JsonObject, v: Violations): void {
  const definitions = Array.isArray(app.portDefinitions)
    ? (app.portDefinitions as JsonObject[])
    : [];
  const errors: string[] = [];
  if (!uniqueNames(definitions)) errors.push('Port names must be unique.');
  const fixed = definitions.map((d) => d.port).filter((port) => port !== 0);
  if (new Set(fixed).size !== fixed.length) errors.push('Ports must be unique.');
  for (const error of errors) v.add('/portDefinitions', error);
  definitions.forEach((d, i) => v.range(`/portDefinitions(${i})/port`, d.port, 0, 65535));

  const mode = networkModeOf(app);
  const container = isObject(app.container) ? app.container : undefined;
  if (mode === 'host' && Array.isArray(container?.portMappings) && container.portMappings.length) {
    v.add('/', 'portMappings are not allowed with host-networking');
  }
  if (mode !== 'host' && definitions.length > 0) {
    v.add('/', 'portDefinitions are only allowed with host-networking');
  }
}

function checkHealthChecks(app: JsonObject, v: Violations): void {
  const checks = Array.isArray(app.healthChecks) ? (app.healthChecks as JsonObject[]) : [];
  const container = isObject(app.container) ? app.container : undefined;
  const portCount =
    Array.isArray(container?.portMappings) && container.portMappings.length > 0
      ? container.portMappings.length
      : Array.isArray(app.portDefinitions)
        ? app.portDefinitions.length
        : 0;
  checks.forEach((check, i) => {
    const protocol = String(check.protocol);
    if (check.command === undefined && MARATHON_HEALTH_PROTOCOLS.includes(protocol)) {
      const index = check.portIndex;
      const ok =
        typeof index === 'number'
          ? index >= 0 && index < portCount
          : check.port !== undefined || portCount === 1;
      if (!ok) {
        v.add(
          `/healthChecks(${i})`,
          'Health check port indices must address an element of the ports array or container port mappings.',
        );
      }
    }
    if (protocol === 'COMMAND' && !isObject(check.command)) {
      v.add(`/healthChecks(${i})/command`, 'not defined');
    }
    for (const key of ['gracePeriodSeconds', 'intervalSeconds', 'timeoutSeconds', 'delaySeconds']) {
      v.range(`/healthChecks(${i})/${key}`, check[key], 0);
    }
  });
  const mesosChecks = checks.filter(
    (c) => MESOS_HEALTH_PROTOCOLS.includes(String(c.protocol)) && c.command === undefined,
  );
  if (mesosChecks.length > 1)
    v.add('/', 'AppDefinition can contain at most one Mesos health check');
}

/** 422 violations of a canonical app; `rawId` is the id as the client wrote it. */
export function appViolations(app: JsonObject, rawId: string): Violation[] {
  const v = new Violations();
  for (const error of pathIdErrors(rawId)) v.add('/id', error);
  if (app.id === '/') v.add('/', 'must not be root');
  if (typeof app.cmd === 'string' && app.cmd.length <= 1) v.add('/', 'must not be an empty string');
  const hasCmd = typeof app.cmd === 'string';
  const hasArgs = Array.isArray(app.args) && app.args.length > 0;
  const container = isObject(app.container) ? app.container : undefined;
  const hasImage = Boolean(container && isObject(container.docker));
  if (!(hasCmd !== hasArgs || (!(hasCmd && hasArgs) && hasImage))) {
    v.add('/', "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.");
  }
  v.range('/cpus', app.cpus, 0.001);
  v.range('/mem', app.mem, 0);
  v.range('/disk', app.disk, 0);
  v.range('/gpus', app.gpus, 0);
  v.range('/instances', app.instances, 0);
  v.range('/backoffSeconds', app.backoffSeconds, 0);
  v.range('/backoffFactor', app.backoffFactor, 1);
  v.range('/maxLaunchDelaySeconds', app.maxLaunchDelaySeconds, 0);
  const upgrade = isObject(app.upgradeStrategy) ? app.upgradeStrategy : {};
  v.range('/upgradeStrategy/minimumHealthCapacity', upgrade.minimumHealthCapacity, 0, 1);
  v.range('/upgradeStrategy/maximumOverCapacity', upgrade.maximumOverCapacity, 0, 1);
  const constraints = Array.isArray(app.constraints) ? (app.constraints as string[][]) : [];
  constraints.forEach((constraint, i) => {
    for (const error of constraintErrors(constraint)) v.add(`/constraints(${i})`, error);
  });
  checkNetworks(app, v);
  checkContainer(app, v);
  checkPorts(app, v);
  checkHealthChecks(app, v);
  for (const { path, errors } of residencyViolations(app)) for (const e of errors) v.add(path, e);
  return v.list;
}
