/**
 * The JSON text is the single source of truth for the editor. Both modes read it; the form writes
 * to it only through patches on the parsed value. Text that does not parse is never rewritten.
 */
import { applyFormEdit, serializeDocument, type FormEdit } from './apply-form-patch';
import { parseJson, type JsonObject, type JsonParseError, type JsonSpan } from './json-parser';
import { isJsonObject } from './json-path';

export type DocumentProblem =
  | { kind: 'parse'; error: JsonParseError }
  /** Valid JSON, but an app definition must be an object (`[...]` or `"..."` is not). */
  | { kind: 'notAnObject' };

export type AppDocument =
  | { text: string; app: JsonObject; spans: Map<string, JsonSpan>; problem?: undefined }
  | { text: string; app?: undefined; spans?: undefined; problem: DocumentProblem };

export function createAppDocument(text: string): AppDocument {
  const result = parseJson(text);
  if (!result.ok) return { text, problem: { kind: 'parse', error: result.error } };
  if (!isJsonObject(result.value)) return { text, problem: { kind: 'notAnObject' } };
  return { text, app: result.value, spans: result.spans };
}

/**
 * Returns the same document when its text does not parse (the form can never overwrite it) and
 * when the edit changes nothing (so the user's own formatting stays until something changes).
 */
export function applyFormEditToDocument(document: AppDocument, edit: FormEdit): AppDocument {
  if (document.app === undefined) return document;
  const text = serializeDocument(applyFormEdit(document.app, edit));
  return text === serializeDocument(document.app) ? document : createAppDocument(text);
}
