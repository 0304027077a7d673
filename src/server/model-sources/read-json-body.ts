import { StringDecoder } from 'node:string_decoder';

/**
 * V8 strings stop at about 512 MiB, so a larger JSON document cannot be parsed in one piece; a
 * /master/state that big (far beyond 20k agents) is refused with a message instead of a crash.
 */
export const MAX_JSON_BODY_BYTES = 500 * 1024 * 1024;

export class JsonBodyError extends Error {}

/**
 * Reads a response body chunk by chunk as it arrives, counting its bytes (the size of the
 * upstream's answer, before any decoding), then parses it. Multi-byte characters split across
 * chunks are decoded correctly.
 */
export async function readJsonBody(
  body: AsyncIterable<Uint8Array>,
  what: string,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<{ body: unknown; bytes: number }> {
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.byteLength;
    if (bytes > maxBytes) {
      throw new JsonBodyError(`${what} is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB`);
    }
    parts.push(decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
  }
  parts.push(decoder.end());
  try {
    return { body: JSON.parse(parts.join('')), bytes };
  } catch (error) {
    throw new JsonBodyError(`${what} is not JSON: ${(error as Error).message}`);
  }
}
