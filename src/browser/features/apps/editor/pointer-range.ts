import { offsetToPosition, type JsonSpan } from './json-parser';

/** 1-based, end exclusive, as Monaco's IMarkerData. */
export interface TextRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  /** False when the pointer names something absent and the range is its nearest existing parent. */
  exact: boolean;
}

/**
 * Where a JSON pointer is in the text, for a marker. A property is marked from its key to the end
 * of its value; a missing property marks the object that should hold it.
 */
export function rangeForPointer(
  text: string,
  spans: Map<string, JsonSpan>,
  pointer: string,
): TextRange | undefined {
  let current = pointer;
  let exact = true;
  for (;;) {
    const span = spans.get(current);
    if (span) {
      const start = offsetToPosition(text, span.keyStart ?? span.start);
      const end = offsetToPosition(text, span.end);
      return {
        startLineNumber: start.line,
        startColumn: start.column,
        endLineNumber: end.line,
        endColumn: end.column,
        exact,
      };
    }
    if (current === '') return undefined;
    current = current.slice(0, current.lastIndexOf('/'));
    exact = false;
  }
}
