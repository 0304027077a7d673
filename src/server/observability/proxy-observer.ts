import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { StadiumLog } from './log';
import type { StadiumMetrics, UpstreamLabel } from './metrics';

function upstreamOf(request: FastifyRequest): UpstreamLabel {
  const route = request.routeOptions.url ?? '';
  if (route.startsWith('/api/mesos')) return 'mesos';
  if (route.startsWith('/api/marathon')) return 'marathon';
  return 'agent';
}

/**
 * Counts and times the requests of a proxy scope, and logs an upstream failure once when a
 * streak of them starts and once when it ends: browsers poll, so a dead upstream must not
 * become a line per poll.
 */
export function observeProxiedRequests(
  scope: FastifyInstance,
  metrics: StadiumMetrics,
  log: StadiumLog,
): void {
  const started = new WeakMap<FastifyRequest, number>();
  /** Failure message per upstream (per agent) while failing. */
  const failing = new Map<string, string>();

  scope.addHook('onRequest', async (request) => {
    started.set(request, performance.now());
  });

  scope.addHook('onSend', async (request, reply, payload) => {
    const upstream = upstreamOf(request);
    const start = started.get(request);
    if (start !== undefined) {
      metrics.upstreamSeconds.observe({ upstream }, (performance.now() - start) / 1000);
    }
    const key = upstream === 'agent' ? `agent ${request.url.split('/')[3] ?? ''}` : upstream;
    // Stadium's own failures are JSON strings; an upstream's answer is always a stream.
    const ownFailure = reply.statusCode >= 502 && typeof payload === 'string';
    if (ownFailure) {
      const message = messageOf(payload);
      if (!failing.has(key)) {
        failing.set(key, message);
        log(`${key}: ${message}`, {
          event: 'upstream-error',
          level: 'warn',
          upstream,
          status: reply.statusCode,
          method: request.method,
          path: request.url.split('?')[0],
        });
      }
    } else if (reply.statusCode < 500 && failing.delete(key)) {
      log(`${key}: answering again`, { event: 'upstream-recovered', upstream });
    }
    return payload;
  });

  scope.addHook('onResponse', async (request, reply) => {
    metrics.proxiedRequests.inc({
      upstream: upstreamOf(request),
      method: request.method,
      status: String(reply.statusCode),
    });
  });
}

function messageOf(payload: string): string {
  try {
    const { message } = JSON.parse(payload) as { message?: unknown };
    return typeof message === 'string' ? message : payload;
  } catch {
    return payload;
  }
}

/**
 * What the request pipeline calls on a refusal (its `onRefusal`): counted by reason and logged,
 * one line per refused request, with what was asked and why it was refused.
 */
export function recordRefusals(metrics: StadiumMetrics, log: StadiumLog) {
  return (
    refusal: { reason: string; status: number; message: string },
    request: Pick<FastifyRequest, 'method' | 'url'>,
  ): void => {
    metrics.refused.inc({ reason: refusal.reason });
    const path = request.url.split('?')[0];
    log(`refused ${request.method} ${path}: ${refusal.message}`, {
      event: 'refused',
      level: 'warn',
      reason: refusal.reason,
      status: refusal.status,
      method: request.method,
      path,
    });
  };
}
