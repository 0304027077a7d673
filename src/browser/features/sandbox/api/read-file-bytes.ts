import { apiGetBytes } from '../../../shared/api/api-client';
import type { FileReadBytes } from '../utils/file-read-body';
import { parseFileReadBody } from '../utils/file-read-body';
import { filesUrl, type FilesHost } from './agent-files-urls';

/**
 * `/files/read` at a byte offset, with `data` as bytes (see parseFileReadBody). The body is taken
 * as bytes: `response.json()` would decode it as UTF-8 and lose a character split by the read.
 */
export async function readFileBytes(
  host: FilesHost,
  path: string,
  offset: number,
  length: number,
  signal?: AbortSignal,
): Promise<FileReadBytes> {
  const url = filesUrl(host, 'read', path, {
    offset: String(offset),
    length: String(length),
  });
  return parseFileReadBody(await apiGetBytes(url, signal ? { signal } : {}));
}
