/**
 * The loaded part of a file as decoded text, with exact byte offsets. Text is kept in chunks of
 * whole lines: a newline byte is never part of a multi-byte UTF-8 sequence, so cutting the bytes
 * after a newline always cuts between characters, and dropping whole chunks keeps `start` exact
 * even when the file holds invalid UTF-8. Bytes after the last newline wait in `pending` until
 * their line (and any character split across reads) is complete.
 */
export interface TextChunk {
  /** File offset of the chunk's first byte; unique within a buffer. */
  start: number;
  byteLength: number;
  text: string;
}

export interface LogBuffer {
  chunks: readonly TextChunk[];
  /** The bytes of an incomplete last line. */
  pending: Uint8Array;
  /** File offset of the first loaded byte. */
  start: number;
  /** File offset after the last byte read: where the next tail read starts. */
  end: number;
}

/** An incomplete line longer than this is shown as a chunk anyway, cut between characters. */
export const MAX_PENDING_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

export function emptyBuffer(offset: number): LogBuffer {
  return { chunks: [], pending: new Uint8Array(0), start: offset, end: offset };
}

export function loadedBytes(buffer: LogBuffer): number {
  return buffer.end - buffer.start;
}

function isContinuationByte(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/**
 * Bytes to skip at the front of a read that starts at `offset` in the middle of the file: the
 * partial first line, or (in one line longer than the read) the tail of a split character.
 */
export function partialStartLength(bytes: Uint8Array, offset: number): number {
  if (offset === 0) return 0;
  const newline = bytes.indexOf(NEWLINE);
  if (newline >= 0) return newline + 1;
  let skip = 0;
  while (skip < 3 && isContinuationByte(bytes[skip])) skip += 1;
  return skip;
}

/** Length of `bytes` without an incomplete UTF-8 sequence at its end. */
function completeCharsLength(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead > bytes.length - 4 && lead > 0 && isContinuationByte(bytes[lead])) lead -= 1;
  const byte = bytes[lead];
  if (byte === undefined || byte < 0xc0) return bytes.length;
  const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
  return bytes.length - lead >= needed ? bytes.length : lead;
}

function decodeChunk(bytes: Uint8Array, start: number): TextChunk {
  return { start, byteLength: bytes.length, text: new TextDecoder().decode(bytes) };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export interface BufferChange {
  buffer: LogBuffer;
  /** Chunks left the buffer to keep it under the cap. */
  trimmed: boolean;
}

/** Adds the bytes read at `buffer.end`; drops the oldest chunks beyond `maxBytes`. */
export function appendBytes(buffer: LogBuffer, bytes: Uint8Array, maxBytes: number): BufferChange {
  const combined = concat(buffer.pending, bytes);
  const combinedStart = buffer.end - buffer.pending.length;
  let cut = combined.lastIndexOf(NEWLINE) + 1;
  if (cut === 0 && combined.length > MAX_PENDING_BYTES) cut = completeCharsLength(combined);
  const chunks =
    cut > 0
      ? [...buffer.chunks, decodeChunk(combined.subarray(0, cut), combinedStart)]
      : buffer.chunks;
  const next: LogBuffer = {
    chunks,
    pending: combined.slice(cut),
    start: buffer.start,
    end: buffer.end + bytes.length,
  };
  return trimOldest(next, maxBytes);
}

function trimOldest(buffer: LogBuffer, maxBytes: number): BufferChange {
  let drop = 0;
  let size = loadedBytes(buffer);
  while (size > maxBytes && drop < buffer.chunks.length - 1) {
    size -= buffer.chunks[drop]?.byteLength ?? 0;
    drop += 1;
  }
  if (drop === 0) return { buffer, trimmed: false };
  const chunks = buffer.chunks.slice(drop);
  return { buffer: { ...buffer, chunks, start: chunks[0]?.start ?? buffer.start }, trimmed: true };
}

/**
 * Adds the bytes of `[offset, buffer.start)` in front, skipping a partial first line; drops the
 * newest chunks (and the incomplete last line) beyond `maxBytes`, moving `end` back to match.
 */
export function prependBytes(
  buffer: LogBuffer,
  bytes: Uint8Array,
  offset: number,
  maxBytes: number,
): BufferChange {
  const skip = partialStartLength(bytes, offset);
  if (skip >= bytes.length) return { buffer, trimmed: false };
  const chunk = decodeChunk(bytes.subarray(skip), offset + skip);
  let next: LogBuffer = { ...buffer, chunks: [chunk, ...buffer.chunks], start: chunk.start };
  if (loadedBytes(next) <= maxBytes) return { buffer: next, trimmed: false };
  let keep = next.chunks.length;
  let size = loadedBytes(next) - next.pending.length;
  while (size > maxBytes && keep > 1) {
    keep -= 1;
    size -= next.chunks[keep]?.byteLength ?? 0;
  }
  const chunks = next.chunks.slice(0, keep);
  const last = chunks[chunks.length - 1];
  next = {
    chunks,
    pending: new Uint8Array(0),
    start: next.start,
    end: last ? last.start + last.byteLength : next.start,
  };
  return { buffer: next, trimmed: true };
}

/** The first bytes of a tail opened at `offset`: the partial first line is dropped. */
export function bufferFrom(bytes: Uint8Array, offset: number, maxBytes: number): LogBuffer {
  const skip = partialStartLength(bytes, offset);
  return appendBytes(emptyBuffer(offset + skip), bytes.subarray(skip), maxBytes).buffer;
}

/**
 * The incomplete last line as text. A streaming decode leaves out a character whose last bytes
 * have not been read yet; it shows once the next read completes it.
 */
export function pendingText(buffer: LogBuffer): string {
  return new TextDecoder('utf-8').decode(buffer.pending, { stream: true });
}
