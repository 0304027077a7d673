/**
 * `/files/browse`, `/files/read` and `/files/download` over an agent's sandboxes, with the
 * parameter semantics of Mesos' files process (src/files/files.cpp).
 *
 * `/files/read` writes the file's raw bytes into the JSON string, as Mesos does (its jsonify
 * runs with UTF-8 validation off): quote, backslash and control bytes are escaped, every other
 * byte (including each byte of a multi-byte UTF-8 character) is written as is. A whole chunk
 * therefore decodes as the right text, and a client that decodes the body as latin1 gets one
 * character per file byte, even when the 64 KiB cap splits a multi-byte character.
 */
import type { AgentRecord } from '../records';
import type { MesosModel } from '../mesos-model';
import type { SandboxFile } from '../agent-sandbox';
import { browseSandbox, openSandboxFile, resolveSandboxPath } from '../agent-sandbox';
import { concatBytes, mesosJson, mesosJsonBytes, mesosText } from './mesos-responses';

/** Mesos reads at most 16 pages per request. */
export const MAX_READ_BYTES = 16 * 4096;
const DOWNLOAD_CHUNK_BYTES = 64 * 1024;
const encoder = new TextEncoder();

export function filesRoute(
  model: MesosModel,
  agent: AgentRecord | undefined,
  url: URL,
  route: string,
  /** The node's own log, when `path` names it (see node-logs.ts). */
  nodeLog?: (path: string) => SandboxFile | undefined,
): Response | undefined {
  if (route !== '/files/browse' && route !== '/files/read' && route !== '/files/download') {
    return undefined;
  }
  const path = url.searchParams.get('path');
  if (path === null) return mesosText(400, "Expecting 'path=value' in query.\n");
  const log = route === '/files/browse' ? undefined : nodeLog?.(path);
  if (log) return route === '/files/read' ? readFile(url, log) : downloadFile(path, log);
  const entry = agent && resolveSandboxPath(agent, path);
  if (!agent || !entry) return new Response(null, { status: 404 });
  const now = model.now();
  const backlogMs = model.logBacklogMs;
  if (route === '/files/browse') {
    return mesosJson(url, browseSandbox(agent, entry, now, backlogMs));
  }
  if (entry.kind === 'directory') {
    return mesosText(
      400,
      route === '/files/read' ? 'Cannot read a directory.\n' : 'Cannot download a directory.\n',
    );
  }
  const file = openSandboxFile(agent, entry.task, entry.name, now, backlogMs);
  return route === '/files/read' ? readFile(url, file) : downloadFile(entry.path, file);
}

function parseInteger(value: string | null): number | null | undefined {
  if (value === null) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : null;
}

function readFile(url: URL, file: SandboxFile): Response {
  const offset = parseInteger(url.searchParams.get('offset'));
  const length = parseInteger(url.searchParams.get('length'));
  if (offset === null) return mesosText(400, 'Failed to parse offset.\n');
  if (length === null) return mesosText(400, 'Failed to parse length.\n');
  if (offset !== undefined && offset < -1) return mesosText(400, 'Negative offset provided.\n');
  if (length !== undefined && length < -1) return mesosText(400, 'Negative length provided.\n');
  // No offset (or -1): report the size so a tail can start there.
  if (offset === undefined || offset === -1) return readReply(url, new Uint8Array(0), file.size);
  if (offset >= file.size) return readReply(url, new Uint8Array(0), offset);
  const wanted = length === undefined || length === -1 ? file.size - offset : length;
  return readReply(url, file.read(offset, Math.min(wanted, MAX_READ_BYTES)), offset);
}

function readReply(url: URL, data: Uint8Array, offset: number): Response {
  return mesosJsonBytes(
    url,
    concatBytes(
      encoder.encode('{"data":"'),
      escapeJsonBytes(data),
      encoder.encode(`","offset":${offset}}`),
    ),
  );
}

const SHORT_ESCAPES: Record<number, string> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\',
};

/** JSON string escaping at the byte level; bytes >= 0x20 other than `"` and `\` pass unchanged. */
export function escapeJsonBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(data.length * 6);
  let n = 0;
  for (const byte of data) {
    if (byte >= 0x20 && byte !== 0x22 && byte !== 0x5c) {
      out[n++] = byte;
      continue;
    }
    const escape = SHORT_ESCAPES[byte] ?? `\\u00${byte.toString(16).padStart(2, '0')}`;
    for (let i = 0; i < escape.length; i++) out[n++] = escape.charCodeAt(i);
  }
  return out.subarray(0, n);
}

/** Streams the file in chunks so a large log never exists as one buffer. */
function downloadFile(path: string, file: SandboxFile): Response {
  const size = file.size;
  let position = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (position >= size) {
        controller.close();
        return;
      }
      const chunk = file.read(position, Math.min(DOWNLOAD_CHUNK_BYTES, size - position));
      position += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const basename = path.slice(path.lastIndexOf('/') + 1);
  return new Response(body, {
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename=${basename}`,
    },
  });
}
