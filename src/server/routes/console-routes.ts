import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { replyWithMessage } from '../proxy/reply-upstream';
import { pageWithFirstRows } from './first-rows-page';

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
    const indexFile = join(distDir, 'index.html');
    if (!existsSync(indexFile)) {
      return replyWithMessage(
        reply,
        404,
        `The console is not built (${indexFile} is missing): run npm run build`,
      );
    }
    if (request.method === 'GET') {
      // The first rows only save time: a page load never fails for want of them.
      const page = await pageWithFirstRows(app, request, distDir).catch((error: unknown) => {
        request.log.warn({ err: error }, 'first rows not drawn');
        return null;
      });
      // It holds cluster data as of now, for this person only.
      if (page !== null) {
        return reply.header('cache-control', 'no-store').type('text/html').send(page);
      }
    }
    return reply.sendFile('index.html');
  });
}
