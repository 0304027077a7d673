import type { JsonSpan } from './json-parser';
import type { PathError } from './map-marathon-errors';
import { rangeForPointer, type TextRange } from './pointer-range';

export interface ServerMarker extends TextRange {
  message: string;
}

/** Monaco markers for server errors, at their path in the current text. */
export function markersForPathErrors(
  text: string,
  spans: Map<string, JsonSpan>,
  errors: PathError[],
): ServerMarker[] {
  return errors.flatMap((error) => {
    const range = rangeForPointer(text, spans, error.pointer);
    if (!range) return [];
    const where = range.exact || error.pointer === '' ? '' : `${error.pointer}: `;
    return [{ ...range, message: `${where}${error.messages.join('; ')}` }];
  });
}
