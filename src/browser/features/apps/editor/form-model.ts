/**
 * The form is a projection of the parsed document, read through the same field locations the
 * patches write to (form-fields.ts), so what the form shows is exactly what an edit changes.
 */
import {
  CONSTRAINT_KEYS,
  HEALTH_CHECK_KEYS,
  PORT_MAPPING_KEYS,
  VOLUME_KEYS,
  collectionPath,
  fieldId,
  networkApiOf,
  readField,
  type FormFieldId,
  type NetworkApi,
} from './form-fields';
import type { JsonValue } from './json-parser';
import { getAtPath, isJsonObject } from './json-path';

export type NetworkMode = 'HOST' | 'BRIDGE' | 'USER';
export type FieldValue = JsonValue | undefined;

export interface FormRow<K extends string> {
  index: number;
  values: Record<K, FieldValue>;
}

export interface FormEntry {
  key: string;
  value: FieldValue;
}

export interface AppFormModel {
  networkApi: NetworkApi;
  id: FieldValue;
  cmd: FieldValue;
  /** `args` is the alternative to `cmd`; the form leaves it to JSON mode but says it is there. */
  hasArgs: boolean;
  cpus: FieldValue;
  mem: FieldValue;
  disk: FieldValue;
  instances: FieldValue;
  containerType: FieldValue;
  dockerImage: FieldValue;
  forcePullImage: FieldValue;
  /** What the document says (undefined when it names no network: Marathon then uses HOST). */
  networkMode: FieldValue;
  effectiveNetworkMode: NetworkMode | undefined;
  networkName: FieldValue;
  /** Container networks after the first one, kept as they are. */
  extraNetworks: number;
  /** Both `container.portMappings` and `container.docker.portMappings`: Marathon refuses this. */
  portMappingsInBothPlaces: boolean;
  portMappings: FormRow<(typeof PORT_MAPPING_KEYS)[number]>[];
  volumes: FormRow<(typeof VOLUME_KEYS)[number]>[];
  constraints: FormRow<(typeof CONSTRAINT_KEYS)[number]>[];
  env: FormEntry[];
  labels: FormEntry[];
  healthChecks: FormRow<(typeof HEALTH_CHECK_KEYS)[number]>[];
}

function rows<K extends string>(
  app: JsonValue,
  collection: 'portMappings' | 'volumes' | 'constraints' | 'healthChecks',
  keys: readonly K[],
): FormRow<K>[] {
  const list = getAtPath(app, collectionPath(app, collection));
  if (!Array.isArray(list)) return [];
  return list.map((_, index) => {
    const values = {} as Record<K, FieldValue>;
    for (const key of keys) values[key] = readField(app, fieldId(collection, index, key));
    return { index, values };
  });
}

function entries(app: JsonValue, collection: 'env' | 'labels'): FormEntry[] {
  const map = getAtPath(app, [collection]);
  if (!isJsonObject(map)) return [];
  return Object.keys(map).map((key) => ({ key, value: map[key] }));
}

function effectiveMode(raw: FieldValue): NetworkMode | undefined {
  if (raw === undefined) return 'HOST';
  return raw === 'HOST' || raw === 'BRIDGE' || raw === 'USER' ? raw : undefined;
}

export function readAppForm(app: JsonValue): AppFormModel {
  const read = (id: FormFieldId) => readField(app, id);
  const networks = getAtPath(app, ['networks']);
  const networkMode = read('/networkMode');
  return {
    networkApi: networkApiOf(app),
    id: read('/id'),
    cmd: read('/cmd'),
    hasArgs: Array.isArray(getAtPath(app, ['args'])),
    cpus: read('/cpus'),
    mem: read('/mem'),
    disk: read('/disk'),
    instances: read('/instances'),
    containerType: read('/containerType'),
    dockerImage: read('/dockerImage'),
    forcePullImage: read('/forcePullImage'),
    networkMode,
    effectiveNetworkMode: effectiveMode(networkMode),
    networkName: read('/networkName'),
    extraNetworks: Array.isArray(networks) ? Math.max(0, networks.length - 1) : 0,
    portMappingsInBothPlaces:
      getAtPath(app, ['container', 'portMappings']) !== undefined &&
      getAtPath(app, ['container', 'docker', 'portMappings']) !== undefined,
    portMappings: rows(app, 'portMappings', PORT_MAPPING_KEYS),
    volumes: rows(app, 'volumes', VOLUME_KEYS),
    constraints: rows(app, 'constraints', CONSTRAINT_KEYS),
    env: entries(app, 'env'),
    labels: entries(app, 'labels'),
    healthChecks: rows(app, 'healthChecks', HEALTH_CHECK_KEYS),
  };
}
