import type { FastifyInstance } from 'fastify';
import { downstreamResponseHeaders } from '../proxy/forward-headers';
import type { LeaderForwarder } from '../proxy/leader-forwarder';
import { replyWithMessage, replyWithUpstream } from '../proxy/reply-upstream';
import type { SharedReads } from '../proxy/shared-reads';
import { upstreamRequestFrom } from './upstream-request';

/** OPTIONS is absent: the request pipeline answers it, never an upstream. */
export const PROXIED_METHODS = ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT'] as const;

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * `<prefix>/<path>` -> the same path on the side's current leader. With `shared`, the heavy reads
 * it names are answered once for every tab asking within its window, and every write through the
 * side drops what it holds.
 */
export function registerSideRoutes(
  scope: FastifyInstance,
  prefix: '/api/mesos' | '/api/marathon',
  forwarder: LeaderForwarder,
  shared?: SharedReads,
): void {
  scope.route({
    method: [...PROXIED_METHODS],
    url: `${prefix}/*`,
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      const path = request.url.slice(prefix.length);
      const upstream = upstreamRequestFrom(request, reply, path);
      if (shared?.shares(request.method, path)) {
        // The shared read outlives any one tab: it is not cancelled when its first asker leaves.
        // Its bytes go to every asker, so they are asked for uncompressed.
        const { signal: _ownSignal, headers, ...rest } = upstream;
        const { 'accept-encoding': _encodings, ...plainHeaders } = headers;
        const detached = { ...rest, headers: plainHeaders };
        const answer = await shared.read(path, () => forwarder.forward(detached));
        if (answer.kind === 'failure') {
          return replyWithMessage(reply, answer.statusCode, answer.message);
        }
        return reply
          .code(answer.statusCode)
          .headers(downstreamResponseHeaders(answer.headers))
          .send(answer.body);
      }
      try {
        const outcome = await forwarder.forward(upstream);
        if (outcome.kind === 'failure') {
          return replyWithMessage(reply, outcome.statusCode, outcome.message);
        }
        return await replyWithUpstream(reply, request.method, outcome.response);
      } finally {
        // Even a failed write may have been applied: the next read asks the leader.
        if (!SAFE_METHODS.has(request.method)) shared?.invalidate();
      }
    },
  });
}
