import type { FastifyReply } from 'fastify';
import type { Dispatcher } from 'undici';
import { downstreamResponseHeaders } from './forward-headers';

/**
 * Streams an upstream response to the client as it arrives: the body is never buffered, so a
 * large sandbox download costs a socket buffer, not its size, and backpressure reaches upstream.
 */
export async function replyWithUpstream(
  reply: FastifyReply,
  method: string,
  response: Dispatcher.ResponseData,
): Promise<FastifyReply> {
  reply.code(response.statusCode).headers(downstreamResponseHeaders(response.headers));
  const bodiless = method === 'HEAD' || response.statusCode === 204 || response.statusCode === 304;
  if (bodiless) {
    await response.body.dump();
    return reply.send();
  }
  return reply.send(response.body);
}

export function replyWithMessage(
  reply: FastifyReply,
  statusCode: number,
  message: string,
): FastifyReply {
  return reply.code(statusCode).header('cache-control', 'no-store').send({ message });
}
