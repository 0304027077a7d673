import type { FastifyInstance, FastifyReply } from 'fastify';
import { isApiRequest } from './request-pipeline';

/**
 * The console's policy: its own scripts only (no inline script, no eval), no plugins, no <base>
 * tricks and no framing, so Scale and Destroy cannot be clickjacked. Styles may be inline because
 * Monaco and the charts write <style> elements and style attributes at run time.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Upstream markup (a sandbox file, a Jetty error page) renders, if at all, without script or origin. */
const ACTIVE_MARKUP =
  /^\s*(text\/html|image\/svg\+xml|application\/xhtml\+xml|[a-z]+\/([a-z.+-]*\+)?xml)\s*(;|$)/i;
const JAVASCRIPT =
  /^\s*(text|application)\/(x-)?(javascript|ecmascript|jscript|livescript)\s*(;|$)/i;

function contentType(reply: FastifyReply): string {
  const value = reply.getHeader('content-type');
  return typeof value === 'string' ? value : '';
}

/**
 * Headers on every answer: the console's CSP on pages, and on /api what keeps an answer (ours or
 * an upstream's) from being read by, embedded in or run on another page. Set in onSend, so they
 * cover refusals, errors and streamed upstream answers alike.
 */
export function registerResponseHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!isApiRequest(request)) {
      reply.header('content-security-policy', CONSOLE_CSP);
      reply.header('x-frame-options', 'DENY');
      return payload;
    }
    reply.header('cross-origin-resource-policy', 'same-origin');
    const type = contentType(reply);
    // A sandbox's app.js must download as text, never be a script any page can include.
    if (JAVASCRIPT.test(type)) reply.header('content-type', 'text/plain; charset=utf-8');
    if (ACTIVE_MARKUP.test(type)) reply.header('content-security-policy', 'sandbox');
    return payload;
  });
}
