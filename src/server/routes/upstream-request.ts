import type { FastifyReply, FastifyRequest } from 'fastify';
import { upstreamRequestHeaders } from '../proxy/forward-headers';
import type { UpstreamRequest } from '../proxy/send-upstream';

/**
 * The upstream request for a proxied route: `rest` is the client's raw path and query after the
 * route prefix, so percent-encoding reaches the upstream untouched. The request is aborted when
 * the client goes away before the response has been sent.
 */
export function upstreamRequestFrom(
  request: FastifyRequest,
  reply: FastifyReply,
  rest: string,
): UpstreamRequest {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return {
    method: request.method,
    path: rest.startsWith('/') ? rest : `/${rest}`,
    headers: upstreamRequestHeaders(request.headers, {
      ip: request.ip,
      host: request.headers.host,
      protocol: request.protocol,
    }),
    ...(Buffer.isBuffer(request.body) ? { body: request.body } : {}),
    signal: controller.signal,
  };
}
