/**
 * The canonical app definition Marathon 1.6 writes back: defaults filled in, empty collections of
 * `omitEmpty` fields left out, deprecated fields gone, keys in the order the real server writes them.
 */
import { isObject, type JsonObject } from './json';
import { canonicalPath } from './path-id';
import { DEFAULT_RESIDENCY, isResident, RESIDENT_UPGRADE_STRATEGY } from './resident';

const DEFAULT_UNREACHABLE_STRATEGY = { inactiveAfterSeconds: 0, expungeAfterSeconds: 0 };

const nonEmpty = (value: unknown): value is unknown[] => Array.isArray(value) && value.length > 0;
const orDefault = <T>(value: unknown, fallback: T): T | unknown =>
  value === undefined || value === null ? fallback : value;

export type NetworkMode = 'host' | 'container/bridge' | 'container';

export function networkModeOf(app: JsonObject): NetworkMode {
  const first = Array.isArray(app.networks) ? app.networks[0] : undefined;
  return isObject(first) ? (first.mode as NetworkMode) : 'host';
}

function canonicalPortMapping(mapping: JsonObject, bridge: boolean): JsonObject {
  const hostPort = mapping.hostPort ?? (bridge ? 0 : undefined);
  return {
    containerPort: orDefault(mapping.containerPort, 0),
    ...(hostPort !== undefined ? { hostPort } : {}),
    labels: orDefault(mapping.labels, {}),
    ...(mapping.name ? { name: mapping.name } : {}),
    protocol: orDefault(mapping.protocol, 'tcp'),
    servicePort: orDefault(mapping.servicePort, 0),
    ...(nonEmpty(mapping.networkNames) ? { networkNames: mapping.networkNames } : {}),
  };
}

function canonicalContainer(
  container: JsonObject | undefined,
  mode: NetworkMode,
): JsonObject | undefined {
  if (!container && mode === 'host') return undefined;
  const source = container ?? { type: 'MESOS' };
  const out: JsonObject = { type: orDefault(source.type, 'DOCKER') };
  if (isObject(source.docker)) {
    const { image, forcePullImage, parameters, privileged, ...rest } = source.docker;
    out.docker = {
      forcePullImage: orDefault(forcePullImage, false),
      image,
      parameters: orDefault(parameters, []),
      privileged: orDefault(privileged, false),
      ...rest,
    };
  }
  out.volumes = Array.isArray(source.volumes)
    ? source.volumes.map((volume: JsonObject) => ({
        ...volume,
        mode: orDefault(volume.mode, 'RW'),
      }))
    : [];
  const mappings = Array.isArray(source.portMappings)
    ? (source.portMappings as JsonObject[])
    : undefined;
  if (mode === 'host') {
    // Kept only so that validation can refuse them ("not allowed with host-networking").
    if (nonEmpty(mappings)) out.portMappings = mappings;
  } else {
    const given = mappings ?? [{ containerPort: 0, name: 'default' }];
    out.portMappings = given.map((m) => canonicalPortMapping(m, mode === 'container/bridge'));
  }
  return out;
}

function canonicalHealthCheck(check: JsonObject, hasPorts: boolean): JsonObject {
  const protocol = orDefault(check.protocol, 'HTTP') as string;
  const isPortProtocol = !['COMMAND'].includes(protocol) && check.command === undefined;
  const portIndex =
    check.portIndex ?? (isPortProtocol && hasPorts && check.port === undefined ? 0 : undefined);
  const httpLike = protocol.includes('HTTP');
  return {
    ...(check.command !== undefined ? { command: check.command } : {}),
    delaySeconds: orDefault(check.delaySeconds, 15),
    gracePeriodSeconds: orDefault(check.gracePeriodSeconds, 300),
    ...(httpLike ? { ignoreHttp1xx: orDefault(check.ignoreHttp1xx, false) } : {}),
    intervalSeconds: orDefault(check.intervalSeconds, 60),
    ipProtocol: 'IPv4',
    maxConsecutiveFailures: orDefault(check.maxConsecutiveFailures, 3),
    ...(httpLike ? { path: orDefault(check.path, '/') } : {}),
    ...(check.port !== undefined ? { port: check.port } : {}),
    ...(portIndex !== undefined ? { portIndex } : {}),
    protocol,
    timeoutSeconds: orDefault(check.timeoutSeconds, 20),
  };
}

/** Marathon reads `[f, "UNIQUE", ""]` (as the 1.x docs and the seed write it) like `[f, "UNIQUE"]`. */
function canonicalConstraint(constraint: string[]): string[] {
  return constraint.length === 3 && constraint[1] === 'UNIQUE' && constraint[2] === ''
    ? constraint.slice(0, 2)
    : constraint;
}

/** Canonical definition of a translated (deprecated fields removed) app; no version fields. */
export function canonicalApp(app: JsonObject): JsonObject {
  const networks = nonEmpty(app.networks) ? app.networks : [{ mode: 'host' }];
  const mode = networkModeOf({ networks });
  const container = canonicalContainer(isObject(app.container) ? app.container : undefined, mode);
  const portDefinitions = Array.isArray(app.portDefinitions)
    ? (app.portDefinitions as JsonObject[]).map((definition) => ({
        port: orDefault(definition.port, 0),
        ...(definition.name ? { name: definition.name } : {}),
        protocol: orDefault(definition.protocol, 'tcp'),
        ...(isObject(definition.labels) ? { labels: definition.labels } : {}),
      }))
    : [];
  const hasPorts = portDefinitions.length > 0 || nonEmpty(container?.portMappings);
  const resident = isResident({ container });
  const upgrade = isObject(app.upgradeStrategy) ? app.upgradeStrategy : {};
  const upgradeDefaults = resident
    ? RESIDENT_UPGRADE_STRATEGY
    : { maximumOverCapacity: 1, minimumHealthCapacity: 1 };
  const out: JsonObject = { id: canonicalPath(String(app.id)) };
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== null) out[key] = value;
  };
  put('acceptedResourceRoles', app.acceptedResourceRoles);
  put('args', nonEmpty(app.args) ? app.args : undefined);
  put('backoffFactor', orDefault(app.backoffFactor, 1.15));
  put('backoffSeconds', orDefault(app.backoffSeconds, 1));
  put('cmd', app.cmd);
  put(
    'constraints',
    nonEmpty(app.constraints)
      ? (app.constraints as string[][]).map(canonicalConstraint)
      : undefined,
  );
  put('container', container);
  put('cpus', orDefault(app.cpus, 1));
  put(
    'dependencies',
    nonEmpty(app.dependencies) ? (app.dependencies as string[]).map(canonicalPath) : undefined,
  );
  put('disk', orDefault(app.disk, 0));
  put('env', isObject(app.env) && Object.keys(app.env).length > 0 ? app.env : undefined);
  put('executor', orDefault(app.executor, ''));
  put(
    'fetch',
    nonEmpty(app.fetch)
      ? (app.fetch as JsonObject[]).map((artifact) => ({
          uri: artifact.uri,
          extract: orDefault(artifact.extract, true),
          executable: orDefault(artifact.executable, false),
          cache: orDefault(artifact.cache, false),
        }))
      : undefined,
  );
  put(
    'healthChecks',
    nonEmpty(app.healthChecks)
      ? (app.healthChecks as JsonObject[]).map((check) => canonicalHealthCheck(check, hasPorts))
      : undefined,
  );
  put('instances', orDefault(app.instances, 1));
  put('labels', orDefault(app.labels, {}));
  put('maxLaunchDelaySeconds', orDefault(app.maxLaunchDelaySeconds, 3600));
  put('mem', orDefault(app.mem, 128));
  put('gpus', orDefault(app.gpus, 0));
  put('networks', networks);
  put(
    'portDefinitions',
    mode === 'host' || portDefinitions.length > 0 ? portDefinitions : undefined,
  );
  put('readinessChecks', nonEmpty(app.readinessChecks) ? app.readinessChecks : undefined);
  put('requirePorts', mode === 'host' ? orDefault(app.requirePorts, false) : false);
  put('residency', app.residency ?? (resident ? DEFAULT_RESIDENCY : undefined));
  put(
    'secrets',
    isObject(app.secrets) && Object.keys(app.secrets).length > 0 ? app.secrets : undefined,
  );
  put('taskKillGracePeriodSeconds', app.taskKillGracePeriodSeconds);
  put('tty', app.tty);
  put('upgradeStrategy', {
    maximumOverCapacity: orDefault(
      upgrade.maximumOverCapacity,
      upgradeDefaults.maximumOverCapacity,
    ),
    minimumHealthCapacity: orDefault(
      upgrade.minimumHealthCapacity,
      upgradeDefaults.minimumHealthCapacity,
    ),
  });
  put('user', app.user);
  put('killSelection', orDefault(app.killSelection, 'YOUNGEST_FIRST'));
  put('unreachableStrategy', orDefault(app.unreachableStrategy, DEFAULT_UNREACHABLE_STRATEGY));
  put('role', app.role);
  return out;
}

/** Puts `version` and `versionInfo` where Marathon writes them (before `killSelection`). */
export function withVersion(
  app: JsonObject,
  version: string,
  versionInfo: { lastScalingAt: string; lastConfigChangeAt: string },
): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(app)) {
    if (key === 'version' || key === 'versionInfo') continue;
    if (key === 'killSelection') {
      out.version = version;
      out.versionInfo = versionInfo;
    }
    out[key] = value;
  }
  return out;
}
