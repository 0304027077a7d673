import type { FastifyInstance } from 'fastify';
import type { ClusterModelError } from '../../api/cluster-model';
import type { ClusterModel } from '../cluster-model';
import { QueryError, text, type RawQuery } from '../cluster-model/query-params';
import { searchSnapshot } from './search';

/**
 * `GET /api/search?q=`: the palette's answers from the proxy's cluster model (no upstream
 * request). Registered on the app, so it passes the request pipeline like `/api/cluster/*`.
 */
export function registerSearchRoute(app: FastifyInstance, model: ClusterModel): void {
  app.get('/api/search', async (request, reply) => {
    const fail = (statusCode: number, message: string) =>
      reply.code(statusCode).send({ message } satisfies ClusterModelError);
    const snapshot = model.snapshot();
    if (snapshot === null) {
      void reply.header('Retry-After', '2');
      return fail(503, 'The cluster state has not been read yet: search again in a moment.');
    }
    let query: string;
    try {
      query = text(request.query as RawQuery, 'q') ?? '';
    } catch (error) {
      if (error instanceof QueryError) return fail(400, error.message);
      throw error;
    }
    return reply.header('cache-control', 'no-store').send(searchSnapshot(snapshot, query));
  });
}
