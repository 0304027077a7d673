import type { MesosFileRead } from '../../../../api/mesos';

/** A `/files/read` answer with `data` as the file's bytes. */
export interface FileReadBytes {
  data: Uint8Array;
  /** The requested offset, or the file size when `offset=-1` was asked. */
  offset: number;
}

const CHARS_PER_CALL = 8192;

/**
 * One character per byte (ISO-8859-1). `TextDecoder('latin1')` must not be used: the Encoding
 * standard maps that label to windows-1252, which turns bytes 0x80-0x9F (common UTF-8
 * continuation bytes) into other code points in browsers.
 */
export function bytesToLatin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += CHARS_PER_CALL) {
    text += String.fromCharCode(...bytes.subarray(i, i + CHARS_PER_CALL));
  }
  return text;
}

const encoder = new TextEncoder();

/**
 * Mesos writes the file's raw bytes into the JSON string (UTF-8 validation off), so decoding the
 * body one character per byte gives `data` with one character per file byte, even when a read
 * ends inside a multi-byte character. A character above U+00FF can only come from a writer that
 * escaped it as `\uXXXX`; it stands for its UTF-8 bytes.
 */
export function parseFileReadBody(body: Uint8Array): FileReadBytes {
  const parsed = JSON.parse(bytesToLatin1(body)) as MesosFileRead;
  const { data } = parsed;
  const bytes: number[] = [];
  for (const char of data) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0xff) bytes.push(code);
    else bytes.push(...encoder.encode(char));
  }
  return { data: Uint8Array.from(bytes), offset: parsed.offset };
}
