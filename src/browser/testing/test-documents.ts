import { createAppDocument } from '../features/apps/editor/app-document';
import type { JsonObject, JsonSpan } from '../features/apps/editor/json-parser';

/** The parsed app of a text that must parse (test data). */
export function appFromText(text: string): JsonObject {
  const document = createAppDocument(text);
  if (!document.app) throw new Error(`does not parse: ${JSON.stringify(document.problem)}`);
  return document.app;
}

export function spansOf(text: string): Map<string, JsonSpan> {
  const document = createAppDocument(text);
  if (!document.spans) throw new Error(`does not parse: ${JSON.stringify(document.problem)}`);
  return document.spans;
}
