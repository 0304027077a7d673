import { apiHeaders, apiUrl } from '../../../shared/api/api-client';
import {
  ApiError,
  apiErrorFromResponse,
  NETWORK_ERROR_STATUS,
} from '../../../shared/api/api-error';
import type { FileReadBytes } from '../utils/file-read-body';
import { parseFileReadBody } from '../utils/file-read-body';
import { agentFilesUrl } from './agent-files-urls';

/**
 * `/files/read` at a byte offset, with `data` as bytes (see parseFileReadBody). The body is taken
 * as bytes: `response.json()` would decode it as UTF-8 and lose a character split by the read.
 */
export async function readFileBytes(
  agentId: string,
  path: string,
  offset: number,
  length: number,
  signal?: AbortSignal,
): Promise<FileReadBytes> {
  const url = agentFilesUrl(agentId, 'read', path, {
    offset: String(offset),
    length: String(length),
  });
  let response: Response;
  try {
    response = await fetch(apiUrl(url), { headers: apiHeaders({}), signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({
      status: NETWORK_ERROR_STATUS,
      message: error instanceof Error ? error.message : String(error),
      path: url,
      cause: error,
    });
  }
  if (!response.ok) throw await apiErrorFromResponse(url, response);
  return parseFileReadBody(new Uint8Array(await response.arrayBuffer()));
}
