/**
 * From a request body to a canonical app definition, in Marathon's order: JSON types (400),
 * old-API checks and deprecated-field translation (422/500), defaults, canonical validation (422).
 */
import { invalidJson, objectNotValid } from './api-error';
import { appJsonTypeErrors } from './app-json-types';
import { canonicalApp, networkModeOf } from './app-canonical';
import { translateDeprecatedFields } from './app-deprecated-fields';
import { appViolations } from './app-validation';
import { isObject, type JsonObject } from './json';

const VERSION_FIELDS = ['version', 'versionInfo'];

function validated(translated: JsonObject, rawId: string): JsonObject {
  const app = canonicalApp(translated);
  const violations = appViolations(app, rawId);
  if (violations.length > 0) throw objectNotValid(violations);
  return app;
}

function checkTypes(body: unknown, mode: 'create' | 'update'): JsonObject {
  const typeErrors = appJsonTypeErrors(body, mode);
  if (typeErrors.length > 0 || !isObject(body)) throw invalidJson(typeErrors);
  return body;
}

/** A full app definition (POST /v2/apps, PUT with `partialUpdate=false`). */
export function parseAppDefinition(body: unknown, idFromUrl?: string): JsonObject {
  const withId = idFromUrl !== undefined && isObject(body) ? { ...body, id: idFromUrl } : body;
  const app = checkTypes(withId, 'create');
  return validated(translateDeprecatedFields(app, 'create'), String(app.id));
}

/** A rollback request (`{"version": ...}`, optionally with `id`), or undefined for other bodies. */
export function rollbackVersion(body: unknown): string | undefined {
  const update = checkTypes(body, 'update');
  if (update.version === undefined || update.version === null) return undefined;
  const others = Object.keys(update).filter((key) => key !== 'id' && key !== 'version');
  if (others.length > 0) {
    throw objectNotValid([
      { path: '/', errors: ["The 'version' field may only be combined with the 'id' field."] },
    ]);
  }
  return String(update.version);
}

/** A partial update (PUT/PATCH default): the given fields replace those of `existing`. */
export function parseAppUpdate(body: unknown, existing: JsonObject, appId: string): JsonObject {
  const update = checkTypes(body, 'update');
  const translated = translateDeprecatedFields(update, 'update');
  const merged: JsonObject = {};
  for (const [key, value] of Object.entries(existing)) {
    if (!VERSION_FIELDS.includes(key)) merged[key] = value;
  }
  for (const [key, value] of Object.entries(translated)) {
    if (value !== null && value !== undefined && !VERSION_FIELDS.includes(key)) merged[key] = value;
  }
  merged.id = appId;
  const networksChanged = translated.networks !== undefined;
  if (networksChanged && translated.portDefinitions === undefined) {
    if (networkModeOf(merged) === 'host') merged.portDefinitions = [{ port: 0, name: 'default' }];
    else delete merged.portDefinitions;
  }
  if (networksChanged && networkModeOf(merged) === 'host' && isObject(merged.container)) {
    const container = { ...merged.container };
    if (!isObject(translated.container)) delete container.portMappings;
    merged.container = container;
  }
  return validated(merged, typeof update.id === 'string' ? update.id : appId);
}
