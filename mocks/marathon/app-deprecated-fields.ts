/**
 * Marathon 1.5+ still reads the 1.4 networking form (`container.docker.network`,
 * `docker.portMappings`, `ipAddress`, `ports`, `uris`) and translates it to the canonical form
 * (`networks`, `container.portMappings`, `portDefinitions`, `fetch`) before validation, as
 * `AppNormalization.forDeprecatedFields` does. The checks that run first are
 * `AppValidation.validateOldAppAPI` (422); translation failures are normalisation errors (500).
 */
import { normalizationFailed, objectNotValid, type Violation } from './api-error';
import { isObject, type JsonObject } from './json';

const nonEmptyArray = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.length > 0;

function oldApiViolations(body: JsonObject): Violation[] {
  const container = isObject(body.container) ? body.container : undefined;
  const docker = container && isObject(container.docker) ? container.docker : undefined;
  const hasNetworks = Array.isArray(body.networks);
  const ipAddress = isObject(body.ipAddress) ? body.ipAddress : undefined;
  const ports = Array.isArray(body.ports) ? (body.ports as number[]) : undefined;
  const portDefinitions = Array.isArray(body.portDefinitions)
    ? (body.portDefinitions as JsonObject[])
    : undefined;
  const errors: string[] = [];
  const out: Violation[] = [];

  if (nonEmptyArray(body.uris) && nonEmptyArray(body.fetch)) {
    out.push({ path: '/uris', errors: ['may not be set in conjunction with fetch'] });
  }
  if (ipAddress && isObject(ipAddress.discovery) && container?.type === 'DOCKER') {
    out.push({
      path: '/ipAddress',
      errors: ['ipAddress/discovery is not allowed for Docker containers'],
    });
  }
  if (docker?.network !== undefined && docker.network !== null && hasNetworks) {
    errors.push('must not specify both container.docker.network and networks');
  }
  if (ipAddress && hasNetworks) errors.push('must not specify both networks and ipAddress');
  const fixedPorts = (ports ?? []).filter((port) => port !== 0);
  if (new Set(fixedPorts).size !== fixedPorts.length) errors.push('ports must be unique');
  if (ipAddress && (nonEmptyArray(ports) || nonEmptyArray(portDefinitions))) {
    errors.push('cannot specify both an IP address and port');
  }
  if (ports && portDefinitions) {
    const same =
      ports.length === portDefinitions.length &&
      ports.every((port, i) => portDefinitions[i]?.port === port);
    if (!same && ports.length > 0 && portDefinitions.length > 0) {
      errors.push('cannot specify both ports and port definitions');
    }
  }
  if (errors.length > 0) out.push({ path: '/', errors });
  return out;
}

function networksFromDeprecated(body: JsonObject, dockerNetwork: unknown): unknown {
  const ipAddress = isObject(body.ipAddress) ? body.ipAddress : undefined;
  const networks = Array.isArray(body.networks) ? body.networks : undefined;
  const hasDockerNetwork = typeof dockerNetwork === 'string';
  // Combining these with `networks` was already refused by the old-API checks.
  if (!ipAddress && !hasDockerNetwork) return networks;
  const labels = ipAddress && isObject(ipAddress.labels) ? { labels: ipAddress.labels } : {};
  const name = typeof ipAddress?.networkName === 'string' ? ipAddress.networkName : undefined;
  switch (dockerNetwork) {
    case 'HOST':
      return [{ mode: 'host' }];
    case 'BRIDGE':
      return [{ mode: 'container/bridge', ...labels }];
    case 'USER':
      return [{ mode: 'container', ...(name ? { name } : {}), ...labels }];
    case undefined:
    case null:
      return name === 'mesos-bridge'
        ? [{ mode: 'container/bridge' }]
        : [{ mode: 'container', ...(name ? { name } : {}) }];
    default:
      throw normalizationFailed(`unsupported docker network type ${String(dockerNetwork)}`);
  }
}

const EXTRACTABLE = ['.tgz', '.tar.gz', '.tbz2', '.tar.bz2', '.txz', '.tar.xz', '.zip'];

/**
 * Translates the deprecated fields of an app (mode `create`) or an app update (mode `update`).
 * Throws 422 for `validateOldAppAPI` violations and 500 for normalisation failures.
 */
export function translateDeprecatedFields(body: JsonObject, mode: 'create' | 'update'): JsonObject {
  const violations = oldApiViolations(body);
  if (violations.length > 0) throw objectNotValid(violations);

  const out: JsonObject = { ...body };
  if (nonEmptyArray(body.uris)) {
    out.fetch = (body.uris as string[]).map((uri) => ({
      uri,
      extract: EXTRACTABLE.some((suffix) => uri.endsWith(suffix)),
    }));
  }
  delete out.uris;

  let dockerNetwork: unknown;
  if (isObject(body.container)) {
    const container: JsonObject = { ...body.container };
    if (isObject(container.docker)) {
      const docker: JsonObject = { ...container.docker };
      dockerNetwork = docker.network;
      const dockerMappings = docker.portMappings;
      if (nonEmptyArray(dockerMappings)) {
        if (nonEmptyArray(container.portMappings)) {
          throw normalizationFailed('cannot specify both portMappings and docker.portMappings');
        }
        container.portMappings = dockerMappings;
      }
      delete docker.portMappings;
      delete docker.network;
      container.docker = docker;
    }
    out.container = container;
  }

  const networks = networksFromDeprecated(body, dockerNetwork);
  if (networks !== undefined) out.networks = networks;
  else delete out.networks;
  const ipAddress = isObject(body.ipAddress) ? body.ipAddress : undefined;
  const discoveryPorts =
    ipAddress && isObject(ipAddress.discovery) && Array.isArray(ipAddress.discovery.ports)
      ? (ipAddress.discovery.ports as JsonObject[])
      : undefined;
  if (discoveryPorts && discoveryPorts.length > 0) {
    const container = isObject(out.container) ? out.container : { type: 'MESOS' };
    container.portMappings = discoveryPorts.map((port) => ({
      containerPort: port.number,
      ...(port.name ? { name: port.name } : {}),
      ...(port.protocol ? { protocol: port.protocol } : {}),
    }));
    out.container = container;
  }
  delete out.ipAddress;

  const nonHost =
    Array.isArray(out.networks) &&
    out.networks.some((network) => isObject(network) && network.mode !== 'host');
  if (Array.isArray(body.ports) && !Array.isArray(body.portDefinitions)) {
    out.portDefinitions = (body.ports as number[]).map((port) => ({ port }));
  }
  delete out.ports;
  if (mode === 'create') {
    if (nonHost) out.portDefinitions = [];
    else if (!Array.isArray(out.portDefinitions)) {
      out.portDefinitions = [{ port: 0, name: 'default' }];
    }
  }
  return out;
}
