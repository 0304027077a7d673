import type { LogBuffer } from './log-buffer';
import { pendingText } from './log-buffer';
import type { TextMatch } from './search-matches';
import { findMatches } from './search-matches';

export interface LogPiece {
  key: string;
  text: string;
  matches: readonly TextMatch[];
  /** Index (across all pieces) of this piece's first match. */
  firstMatch: number;
}

const NO_MATCHES: readonly never[] = [];

/** The buffer's chunks and incomplete last line as rendered pieces, with the matches of `query`. */
export function logPieces(buffer: LogBuffer, query: string): { pieces: LogPiece[]; count: number } {
  const texts = buffer.chunks.map((chunk) => ({ key: String(chunk.start), text: chunk.text }));
  const pending = pendingText(buffer);
  if (pending !== '') texts.push({ key: 'pending', text: pending });
  let count = 0;
  const pieces = texts.map(({ key, text }) => {
    const matches = query === '' ? NO_MATCHES : findMatches(text, query);
    const piece: LogPiece = { key, text, matches, firstMatch: count };
    count += matches.length;
    return piece;
  });
  return { pieces, count };
}
