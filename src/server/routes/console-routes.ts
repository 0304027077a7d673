import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { replyWithMessage } from '../proxy/reply-upstream';

/**
 * The built console from `distDir`. Paths that are no file get index.html (the SPA routes them
 * itself) when they are page loads: GET/HEAD outside /api. Hashed assets are cached for good,
 * index.html never, so a new build is picked up on reload.
 */
export async function registerConsoleRoutes(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    cacheControl: false,
    setHeaders(reply, filePath) {
      reply.header(
        'cache-control',
        filePath.startsWith(join(distDir, 'assets'))
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const pageLoad = request.method === 'GET' || request.method === 'HEAD';
    if (path === '/api' || path.startsWith('/api/') || !pageLoad) {
      return replyWithMessage(reply, 404, `No such Stadium route: ${request.method} ${path}`);
    }
    if (!existsSync(join(distDir, 'index.html'))) {
      return replyWithMessage(
        reply,
        404,
        `The console is not built (${join(distDir, 'index.html')} is missing): run npm run build`,
      );
    }
    return reply.sendFile('index.html');
  });
}
