import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { crossSiteStep } from './cross-site';
import { hostStep, type HostPolicy } from './host';
import { jsonpStep } from './jsonp';
import { preflightStep } from './preflight';
import { writeHeaderStep } from './write-header';

/** Why a request was refused; stable names that logs and metrics may count by. */
export type RefusalReason =
  | 'foreign-host'
  | 'cross-site'
  | 'foreign-origin'
  | 'preflight'
  | 'missing-write-header'
  | 'jsonp'
  // Steps added later (session, role, read-only) extend this union.
  | (string & {});

export interface Refusal {
  status: number;
  /** Says what was refused and what to do instead; sent as the JSON `{message}`. */
  message: string;
  reason: RefusalReason;
  headers?: Record<string, string>;
}

/** What every step looks at, computed once per request. */
export interface PipelineRequest {
  method: string;
  /** The path as sent (before `?`). */
  path: string;
  /** Under /api (isApiRequest): proxied or Stadium's own JSON, never the console's files. */
  api: boolean;
  headers: FastifyRequest['headers'];
  /** Parameter names of the query string as sent. */
  queryNames: string[];
  /** For steps that need more (cookies, the socket). */
  incoming: FastifyRequest;
}

/** A step returns nothing to let the request through, or the refusal it answers with. */
export type PipelineStep = (
  request: PipelineRequest,
) => Refusal | undefined | Promise<Refusal | undefined>;

export interface PipelineOptions {
  hosts: HostPolicy;
  /** Session, role and read-only (access/access-control.ts), after the checks above. */
  accessSteps?: readonly PipelineStep[];
}

/**
 * Every request passes these steps in this order before any route (and so any upstream) sees it.
 * Adding a check is one line here.
 */
export function requestPipelineSteps(options: PipelineOptions): PipelineStep[] {
  return [
    hostStep(options.hosts),
    crossSiteStep(options.hosts),
    preflightStep,
    writeHeaderStep,
    jsonpStep,
    ...(options.accessSteps ?? []),
  ];
}

/**
 * Operational endpoints that Marathon health checks and Prometheus call with the container's
 * ip:port as Host and no browser headers: they skip the pipeline. They are read-only and carry
 * nothing from the cluster that the pipeline protects.
 */
export const OPERATIONAL_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics']);

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the pipeline refused the request: what it answered and why. */
    refusal?: Refusal;
  }
}

function pipelineRequestOf(request: FastifyRequest): PipelineRequest {
  const question = request.url.indexOf('?');
  const rawPath = question === -1 ? request.url : request.url.slice(0, question);
  const query = question === -1 ? '' : request.url.slice(question + 1);
  return {
    method: request.method,
    path: rawPath,
    api: isApiRequest(request),
    headers: request.headers,
    queryNames: [...new URLSearchParams(query).keys()],
    incoming: request,
  };
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * Under /api by the path as sent or by the route it matched: routing decodes the URL, so
 * `/%61pi/...` cannot slip past a prefix test.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  const route = request.is404 ? undefined : request.routeOptions.url;
  return isApiPath(request.url.split('?')[0] ?? '') || (route !== undefined && isApiPath(route));
}

/**
 * Runs the steps from one onRequest hook on the whole app; the first refusal answers the request
 * and stays on `request.refusal`, where logging and metrics can count refusals by reason.
 */
export function registerRequestPipeline(
  app: FastifyInstance,
  steps: readonly PipelineStep[],
): void {
  app.addHook('onRequest', async (request, reply) => {
    const facts = pipelineRequestOf(request);
    if (OPERATIONAL_PATHS.has(facts.path)) return;
    for (const step of steps) {
      const refusal = await step(facts);
      if (refusal === undefined) continue;
      request.refusal = refusal;
      return sendRefusal(reply, refusal);
    }
  });
}

function sendRefusal(reply: FastifyReply, refusal: Refusal): FastifyReply {
  return reply
    .code(refusal.status)
    .headers({ 'cache-control': 'no-store', ...refusal.headers })
    .send({ message: refusal.message, reason: refusal.reason });
}
