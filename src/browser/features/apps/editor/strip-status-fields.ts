import { MARATHON_STATUS_FIELDS } from '../../../../api/marathon';
import { defineOwn, type JsonObject, type JsonValue } from './json-parser';

const STATUS_FIELDS: ReadonlySet<string> = new Set(MARATHON_STATUS_FIELDS);

/**
 * For Edit: the app as GET returns it, without the fields Marathon adds and refuses on PUT
 * (`version` would even turn the PUT into a rollback). Only top-level keys are status fields;
 * a nested `version` (inside labels, say) belongs to the user.
 */
export function stripStatusFields(app: JsonObject): JsonObject {
  const definition: JsonObject = {};
  for (const key of Object.keys(app)) {
    if (!STATUS_FIELDS.has(key)) defineOwn(definition, key, app[key] as JsonValue);
  }
  return definition;
}
