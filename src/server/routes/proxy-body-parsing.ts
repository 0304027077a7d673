import type { FastifyInstance } from 'fastify';

export const MAX_PROXIED_BODY_BYTES = 5 * 1024 * 1024;

/**
 * In the proxy scope every request body is kept as raw bytes, whatever its content type: it is
 * forwarded untouched, and buffered (up to a cap, else 413) so that it can be sent again when an
 * upstream answers 307.
 */
export function keepRawBodies(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: MAX_PROXIED_BODY_BYTES },
    (_request, body, done) => done(null, body),
  );
}
