/**
 * A form edit becomes a minimal patch on the parsed document: only the value at the field's path
 * changes. Everything the form does not know (unknown keys, nested objects, key order) is copied
 * as it was, so form and JSON can never disagree about the rest of the document.
 */
import {
  canonicalNetworkMode,
  collectionPath,
  locateField,
  networkApiOf,
  type FormFieldId,
  type ListCollection,
  type MapCollection,
} from './form-fields';
import { defineOwn, type JsonObject, type JsonValue } from './json-parser';
import { getAtPath, isJsonObject, type JsonPath } from './json-path';

export type DocumentPatch =
  | { op: 'set'; path: JsonPath; value: JsonValue }
  /** `prune`: how many parent objects above the removed key may go too if they end up empty. */
  | { op: 'remove'; path: JsonPath; prune?: number }
  /** Renames an object key in place, keeping its position. */
  | { op: 'rename'; path: JsonPath; to: string };

export type FormEdit =
  /** `undefined` removes the field from the document. */
  | { kind: 'set'; field: FormFieldId; value: JsonValue | undefined }
  | { kind: 'addItem'; collection: ListCollection }
  | { kind: 'removeItem'; collection: ListCollection; index: number }
  | { kind: 'renameEntry'; collection: MapCollection; from: string; to: string }
  | { kind: 'removeEntry'; collection: MapCollection; key: string };

function copyObjectWith(source: JsonObject, key: string, value: JsonValue | undefined): JsonObject {
  const copy: JsonObject = {};
  for (const existing of Object.keys(source)) {
    if (existing === key) {
      if (value !== undefined) defineOwn(copy, existing, value);
    } else {
      defineOwn(copy, existing, source[existing] as JsonValue);
    }
  }
  if (value !== undefined && !Object.hasOwn(source, key)) defineOwn(copy, key, value);
  return copy;
}

function setAt(target: JsonValue | undefined, path: JsonPath, value: JsonValue): JsonValue {
  const [segment, ...rest] = path;
  if (segment === undefined) return value;
  if (Array.isArray(target) && typeof segment === 'number') {
    const copy = [...target];
    copy[Math.min(segment, copy.length)] = setAt(target[segment], rest, value);
    return copy;
  }
  const object = isJsonObject(target) ? target : {};
  const key = String(segment);
  const child = Object.hasOwn(object, key) ? object[key] : undefined;
  const next =
    child === undefined && typeof rest[0] === 'number'
      ? setAt([], rest, value)
      : setAt(child, rest, value);
  return copyObjectWith(object, key, next);
}

function removeAt(target: JsonValue, path: JsonPath, prune: number): JsonValue | undefined {
  const [segment, ...rest] = path;
  if (segment === undefined) return target;
  if (Array.isArray(target)) {
    const index = Number(segment);
    if (!Number.isInteger(index) || index >= target.length) return target;
    if (rest.length === 0) return target.filter((_, i) => i !== index);
    const child = removeAt(target[index] as JsonValue, rest, prune);
    const copy = [...target];
    if (child !== undefined) copy[index] = child;
    return copy;
  }
  if (!isJsonObject(target)) return target;
  const key = String(segment);
  if (!Object.hasOwn(target, key)) return target;
  if (rest.length === 0) return copyObjectWith(target, key, undefined);
  const child = removeAt(target[key] as JsonValue, rest, prune);
  const emptied = isJsonObject(child) && Object.keys(child).length === 0;
  return copyObjectWith(target, key, emptied && rest.length <= prune ? undefined : child);
}

function renameAt(target: JsonValue, path: JsonPath, to: string): JsonValue {
  const parentPath = path.slice(0, -1);
  const from = String(path[path.length - 1]);
  const parent = getAtPath(target, parentPath);
  if (!isJsonObject(parent) || !Object.hasOwn(parent, from) || from === to) return target;
  const renamed: JsonObject = {};
  for (const key of Object.keys(parent)) {
    if (key === to) continue;
    defineOwn(renamed, key === from ? to : key, parent[key] as JsonValue);
  }
  return setAt(target, parentPath, renamed);
}

export function applyPatches(value: JsonValue, patches: readonly DocumentPatch[]): JsonValue {
  return patches.reduce<JsonValue>((current, patch) => {
    switch (patch.op) {
      case 'set':
        return setAt(current, patch.path, patch.value);
      case 'remove':
        return removeAt(current, patch.path, patch.prune ?? 0) ?? current;
      case 'rename':
        return renameAt(current, patch.path, patch.to);
    }
  }, value);
}

function networkModePatches(app: JsonValue, mode: JsonValue | undefined): DocumentPatch[] {
  const location = locateField(app, '/networkMode');
  if (!location) return [];
  if (networkApiOf(app) === 'legacy') {
    return mode === undefined
      ? [{ op: 'remove', path: location.path, prune: location.prune }]
      : [{ op: 'set', path: location.path, value: mode }];
  }
  if (mode === undefined) return [{ op: 'remove', path: ['networks'] }];
  const canonical = typeof mode === 'string' ? canonicalNetworkMode(mode) : mode;
  const networks = getAtPath(app, ['networks']);
  return Array.isArray(networks) && networks.length > 0
    ? [{ op: 'set', path: ['networks', 0, 'mode'], value: canonical }]
    : [{ op: 'set', path: ['networks'], value: [{ mode: canonical }] }];
}

function newListItem(app: JsonValue, collection: ListCollection): JsonValue {
  switch (collection) {
    case 'portMappings': {
      // In a USER (container) network a missing hostPort means "no host port at all".
      const user =
        getAtPath(app, ['container', 'docker', 'network']) === 'USER' ||
        getAtPath(app, ['networks', 0, 'mode']) === 'container';
      return user
        ? { containerPort: 0, protocol: 'tcp' }
        : { containerPort: 0, hostPort: 0, servicePort: 0, protocol: 'tcp' };
    }
    case 'volumes':
      return { containerPath: '', hostPath: '', mode: 'RW' };
    case 'constraints':
      return ['hostname', 'UNIQUE'];
    case 'containers': {
      const count = getAtPath(app, ['containers']);
      const number = (Array.isArray(count) ? count.length : 0) + 1;
      return {
        name: `container-${number}`,
        resources: { cpus: 0.1, mem: 64 },
        image: { kind: 'DOCKER', id: '' },
      };
    }
    case 'healthChecks':
      return {
        protocol: 'HTTP',
        path: '/',
        portIndex: 0,
        gracePeriodSeconds: 300,
        intervalSeconds: 60,
        timeoutSeconds: 20,
        maxConsecutiveFailures: 3,
      };
  }
}

export function patchesForFormEdit(app: JsonValue, edit: FormEdit): DocumentPatch[] {
  switch (edit.kind) {
    case 'set': {
      if (edit.field === '/networkMode') return networkModePatches(app, edit.value);
      // A pod without `scaling` gets Marathon's one policy, `fixed`, around the count.
      if (edit.field === '/podInstances' && getAtPath(app, ['scaling']) === undefined) {
        return edit.value === undefined
          ? []
          : [{ op: 'set', path: ['scaling'], value: { kind: 'fixed', instances: edit.value } }];
      }
      const location = locateField(app, edit.field);
      if (!location) return [];
      // A container's image needs its kind; the form offers Docker images.
      const [head, index, key] = location.path;
      if (head === 'containers' && key === 'image' && edit.value !== undefined) {
        const image = getAtPath(app, ['containers', Number(index), 'image']);
        if (image === undefined) {
          return [
            {
              op: 'set',
              path: location.path.slice(0, 3),
              value: { kind: 'DOCKER', id: edit.value },
            },
          ];
        }
      }
      return edit.value === undefined
        ? [{ op: 'remove', path: location.path, prune: location.prune }]
        : [{ op: 'set', path: location.path, value: edit.value }];
    }
    case 'addItem': {
      const path = collectionPath(app, edit.collection);
      const list = getAtPath(app, path);
      const index = Array.isArray(list) ? list.length : 0;
      return Array.isArray(list)
        ? [{ op: 'set', path: [...path, index], value: newListItem(app, edit.collection) }]
        : [{ op: 'set', path, value: [newListItem(app, edit.collection)] }];
    }
    case 'removeItem':
      return [{ op: 'remove', path: [...collectionPath(app, edit.collection), edit.index] }];
    case 'renameEntry':
      return [{ op: 'rename', path: [edit.collection, edit.from], to: edit.to }];
    case 'removeEntry':
      return [{ op: 'remove', path: [edit.collection, edit.key] }];
  }
}

/** Form edits never replace the root, so an app stays an object. */
export function applyFormEdit(app: JsonObject, edit: FormEdit): JsonObject {
  const next = applyPatches(app, patchesForFormEdit(app, edit));
  return isJsonObject(next) ? next : app;
}

/** 2-space indentation, as Marathon's own examples and the seed files are written. */
export function serializeDocument(value: JsonValue): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
