import type { FastifyReply, FastifyRequest } from 'fastify';

/** FNV-1a: a short, stable fingerprint of the request URL for the ETag. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Sets a weak ETag made of `version` (what the body depends on) and the URL (method + query), and
 * answers 304 with no body when the client already holds it. Returns true when it answered.
 */
export function notModified(
  request: FastifyRequest,
  reply: FastifyReply,
  version: string,
): boolean {
  const tag = `W/"${version}-${fnv1a(request.url)}"`;
  void reply.header('ETag', tag).header('Cache-Control', 'no-cache');
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  const opaque = tag.slice(2);
  const matches = header
    .split(',')
    .map((candidate) => candidate.trim())
    .some((candidate) => candidate === '*' || candidate.replace(/^W\//, '') === opaque);
  if (matches) void reply.code(304).send();
  return matches;
}
