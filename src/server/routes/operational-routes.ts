import type { FastifyInstance } from 'fastify';
import type { ClusterModel } from '../cluster-model';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import type { StadiumMetrics } from '../observability/metrics';

export interface Readiness {
  ready: boolean;
  /** Why not, in one sentence per cause; absent when ready. */
  reason?: string;
  mesosLeader: string | null;
  marathonLeader: string | null;
  /** Age of the cluster model, null before its first read. */
  modelAgeSeconds: number | null;
}

/**
 * Ready when both leaders are known and the cluster model is fresh: what the console needs to
 * show anything. Read from memory only, so a health checker never makes Stadium call upstream.
 */
export function readiness(sources: {
  mesos: LeaderDiscovery;
  marathon: LeaderDiscovery;
  model: ClusterModel;
}): Readiness {
  const { mesos, marathon, model } = sources;
  const status = model.status();
  const reasons: string[] = [];
  if (!mesos.leader()) reasons.push(`no Mesos leader: ${mesos.noLeaderMessage()}`);
  if (!marathon.leader()) reasons.push(`no Marathon leader: ${marathon.noLeaderMessage()}`);
  if (status.generation === 0) {
    reasons.push('the cluster model has not read /master/state yet');
  } else if (status.stale) {
    const age = Math.round((status.ageMs ?? 0) / 1000);
    reasons.push(
      `the cluster model is stale (${age} s old${status.lastError ? `; ${status.lastError}` : ''})`,
    );
  }
  return {
    ready: reasons.length === 0,
    ...(reasons.length > 0 && { reason: reasons.join('; ') }),
    mesosLeader: mesos.leader(),
    marathonLeader: marathon.leader(),
    modelAgeSeconds: status.ageMs === null ? null : status.ageMs / 1000,
  };
}

/**
 * /healthz, /readyz and /metrics: outside /api, so never proxied; the request pipeline lets them
 * through without sign-in or cross-site checks (health checkers and Prometheus send neither).
 */
export function registerOperationalRoutes(
  app: FastifyInstance,
  sources: Parameters<typeof readiness>[0] & { metrics: StadiumMetrics },
): void {
  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'up' }),
  );
  app.get('/readyz', async (_request, reply) => {
    const answer = readiness(sources);
    return reply
      .code(answer.ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(answer);
  });
  app.get('/metrics', async (_request, reply) =>
    reply
      .header('content-type', sources.metrics.contentType)
      .header('cache-control', 'no-store')
      .send(await sources.metrics.text()),
  );
}
