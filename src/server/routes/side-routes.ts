import type { FastifyInstance } from 'fastify';
import type { LeaderForwarder } from '../proxy/leader-forwarder';
import { replyWithMessage, replyWithUpstream } from '../proxy/reply-upstream';
import { upstreamRequestFrom } from './upstream-request';

/** OPTIONS is absent: the request pipeline answers it, never an upstream. */
export const PROXIED_METHODS = ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT'] as const;

/** `<prefix>/<path>` -> the same path on the side's current leader. */
export function registerSideRoutes(
  scope: FastifyInstance,
  prefix: '/api/mesos' | '/api/marathon',
  forwarder: LeaderForwarder,
): void {
  scope.route({
    method: [...PROXIED_METHODS],
    url: `${prefix}/*`,
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      const upstream = upstreamRequestFrom(request, reply, request.url.slice(prefix.length));
      const outcome = await forwarder.forward(upstream);
      if (outcome.kind === 'failure') {
        return replyWithMessage(reply, outcome.statusCode, outcome.message);
      }
      return replyWithUpstream(reply, request.method, outcome.response);
    },
  });
}
