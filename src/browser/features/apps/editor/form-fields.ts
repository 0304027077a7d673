/**
 * Form fields are named by pointers over the form model (`/cpus`, `/portMappings/0/hostPort`,
 * `/env/JAVA_OPTS`). This module maps each one to where it lives in the app document, which
 * depends on the networking API the document already uses, and back (for server errors).
 */
import { escapePointerSegment, type JsonValue } from './json-parser';
import { getAtPath, isJsonObject, pointerToPath, type JsonPath } from './json-path';

export type FormFieldId = string;

export type NetworkApi = 'legacy' | 'canonical';

export const SCALAR_FIELDS = ['id', 'cmd', 'cpus', 'mem', 'disk', 'instances'] as const;
export const PORT_MAPPING_KEYS = [
  'containerPort',
  'hostPort',
  'servicePort',
  'protocol',
  'name',
] as const;
export const VOLUME_KEYS = ['containerPath', 'hostPath', 'mode'] as const;
export const CONSTRAINT_KEYS = ['field', 'operator', 'value'] as const;
export const HEALTH_CHECK_KEYS = [
  'protocol',
  'path',
  'portIndex',
  'gracePeriodSeconds',
  'intervalSeconds',
  'timeoutSeconds',
  'maxConsecutiveFailures',
  'command',
] as const;

/** A pod's containers: what the pod form edits of each (name, image, cpus, mem). */
export const CONTAINER_KEYS = ['name', 'image', 'cpus', 'mem'] as const;
const CONTAINER_PATHS: Record<(typeof CONTAINER_KEYS)[number], FieldLocation> = {
  name: { path: ['name'], prune: 0 },
  image: { path: ['image', 'id'], prune: 1 },
  cpus: { path: ['resources', 'cpus'], prune: 1 },
  mem: { path: ['resources', 'mem'], prune: 1 },
};

export type ListCollection =
  'portMappings' | 'volumes' | 'constraints' | 'healthChecks' | 'containers';
export type MapCollection = 'env' | 'labels';

export function fieldId(...segments: (string | number)[]): FormFieldId {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join('');
}

/**
 * Marathon <= 1.4 put the network in `container.docker.network`, ports in
 * `container.docker.portMappings` and the IP-per-task network in `ipAddress`; 1.5+ writes
 * `networks` and `container.portMappings`. A document that uses any old field keeps the old form.
 */
export function networkApiOf(app: JsonValue | undefined): NetworkApi {
  const docker = getAtPath(app, ['container', 'docker']);
  if (isJsonObject(docker) && (docker.network !== undefined || docker.portMappings !== undefined)) {
    return 'legacy';
  }
  const ipAddress = getAtPath(app, ['ipAddress']);
  return ipAddress !== undefined && ipAddress !== null ? 'legacy' : 'canonical';
}

export function portMappingsPath(app: JsonValue | undefined): JsonPath {
  return networkApiOf(app) === 'legacy'
    ? ['container', 'docker', 'portMappings']
    : ['container', 'portMappings'];
}

export function collectionPath(
  app: JsonValue | undefined,
  collection: ListCollection | MapCollection,
): JsonPath {
  switch (collection) {
    case 'portMappings':
      return portMappingsPath(app);
    case 'volumes':
      return ['container', 'volumes'];
    default:
      // `containers` (a pod's), `constraints`, `healthChecks`, `env`, `labels`.
      return [collection];
  }
}

/** Where a form field lives in the document, and how many empty parents its removal may prune. */
export interface FieldLocation {
  path: JsonPath;
  prune: number;
}

export function locateField(
  app: JsonValue | undefined,
  id: FormFieldId,
): FieldLocation | undefined {
  const [head, second, third] = pointerToPath(id);
  if (head === undefined) return undefined;
  if ((SCALAR_FIELDS as readonly string[]).includes(head) && second === undefined) {
    return { path: [head], prune: 0 };
  }
  const legacy = networkApiOf(app) === 'legacy';
  switch (head) {
    case 'containerType':
      return { path: ['container', 'type'], prune: 1 };
    case 'dockerImage':
      return { path: ['container', 'docker', 'image'], prune: 1 };
    case 'forcePullImage':
      return { path: ['container', 'docker', 'forcePullImage'], prune: 1 };
    case 'networkMode':
      return legacy
        ? { path: ['container', 'docker', 'network'], prune: 1 }
        : { path: ['networks'], prune: 0 };
    case 'networkName':
      return legacy
        ? { path: ['ipAddress', 'networkName'], prune: 1 }
        : { path: ['networks', 0, 'name'], prune: 0 };
    case 'podInstances':
      return { path: ['scaling', 'instances'], prune: 0 };
    case 'env':
    case 'labels':
      return second === undefined ? { path: [head], prune: 0 } : { path: [head, second], prune: 0 };
    case 'containers': {
      const index = indexSegment(second);
      if (index === undefined) return { path: ['containers'], prune: 0 };
      const inner = CONTAINER_PATHS[third as (typeof CONTAINER_KEYS)[number]] as
        FieldLocation | undefined;
      if (third === undefined || inner === undefined)
        return { path: ['containers', index], prune: 0 };
      return { path: ['containers', index, ...inner.path], prune: inner.prune };
    }
    case 'portMappings':
    case 'volumes':
    case 'constraints':
    case 'healthChecks': {
      const base = collectionPath(app, head);
      if (second === undefined) return { path: base, prune: 0 };
      const index = Number(second);
      if (third === undefined) return { path: [...base, index], prune: 0 };
      if (head === 'constraints') {
        const position = (CONSTRAINT_KEYS as readonly string[]).indexOf(third);
        return position < 0 ? undefined : { path: [...base, index, position], prune: 0 };
      }
      if (head === 'healthChecks' && third === 'command') {
        return { path: [...base, index, 'command', 'value'], prune: 1 };
      }
      return { path: [...base, index, third], prune: 0 };
    }
    default:
      return undefined;
  }
}

const NETWORK_MODE_BY_CANONICAL: Record<string, string> = {
  host: 'HOST',
  'container/bridge': 'BRIDGE',
  container: 'USER',
};
const CANONICAL_BY_NETWORK_MODE: Record<string, string> = {
  HOST: 'host',
  BRIDGE: 'container/bridge',
  USER: 'container',
};

/** The raw value a form field shows, read from the document (undefined when absent). */
export function readField(app: JsonValue | undefined, id: FormFieldId): JsonValue | undefined {
  const location = locateField(app, id);
  if (!location) return undefined;
  const raw = getAtPath(app, location.path);
  if (id === '/networkMode' && networkApiOf(app) === 'canonical' && raw !== undefined) {
    const mode = getAtPath(raw, [0, 'mode']);
    return typeof mode === 'string' ? (NETWORK_MODE_BY_CANONICAL[mode] ?? mode) : raw;
  }
  return raw;
}

export function canonicalNetworkMode(mode: string): string {
  return CANONICAL_BY_NETWORK_MODE[mode] ?? mode;
}

function indexSegment(segment: string | undefined): number | undefined {
  const index = Number(segment);
  return segment !== undefined && Number.isInteger(index) && index >= 0 ? index : undefined;
}

/**
 * The form field a document path belongs to: the field itself, or the row/section it is in.
 * Used to put a 422 error next to the input that caused it.
 */
export function fieldForDocumentPath(
  app: JsonValue | undefined,
  docPath: JsonPath,
): FormFieldId | undefined {
  const segments = docPath.map(String);
  const [head] = segments;
  if (head === undefined) return undefined;
  if ((SCALAR_FIELDS as readonly string[]).includes(head)) return fieldId(head);
  if (head === 'env' || head === 'labels') {
    return segments[1] === undefined ? fieldId(head) : fieldId(head, segments[1]);
  }
  if (head === 'scaling') return '/podInstances';
  if (head === 'containers') {
    const index = indexSegment(segments[1]);
    if (index === undefined) return fieldId('containers');
    const rest = segments.slice(2).join('/');
    const key = CONTAINER_KEYS.find((name) => CONTAINER_PATHS[name].path.join('/') === rest);
    return key ? fieldId('containers', index, key) : fieldId('containers', index);
  }
  if (head === 'networks' || head === 'ipAddress') {
    return segments.includes('name') || segments.includes('networkName')
      ? '/networkName'
      : '/networkMode';
  }
  const inList = (collection: ListCollection, rest: string[]): FormFieldId => {
    const index = indexSegment(rest[0]);
    if (index === undefined) return fieldId(collection);
    const key = rest[1];
    if (key === undefined) return fieldId(collection, index);
    if (collection === 'constraints') {
      const name = CONSTRAINT_KEYS[Number(key)];
      return name ? fieldId(collection, index, name) : fieldId(collection, index);
    }
    const keys: readonly string[] =
      collection === 'portMappings'
        ? PORT_MAPPING_KEYS
        : collection === 'volumes'
          ? VOLUME_KEYS
          : HEALTH_CHECK_KEYS;
    return keys.includes(key) ? fieldId(collection, index, key) : fieldId(collection, index);
  };
  if (head === 'constraints') return inList('constraints', segments.slice(1));
  if (head === 'healthChecks') return inList('healthChecks', segments.slice(1));
  if (head !== 'container') return undefined;
  const [, second, third] = segments;
  if (second === undefined) return '/containerType';
  if (second === 'type') return '/containerType';
  if (second === 'volumes') return inList('volumes', segments.slice(2));
  if (second === 'portMappings') return inList('portMappings', segments.slice(2));
  if (second === 'docker') {
    if (third === 'portMappings') return inList('portMappings', segments.slice(3));
    if (third === 'network') return '/networkMode';
    if (third === 'forcePullImage') return '/forcePullImage';
    return '/dockerImage';
  }
  return undefined;
}
