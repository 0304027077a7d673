/**
 * One MSW handler for every Marathon instance. It picks the instance from the URL host, passes
 * other hosts through, and plays Marathon's servlet filters: a stopped instance drops the
 * connection, a standby proxies to the leader (adding `X-Marathon-Via`), no leader gives Jetty's
 * 503 page (Marathon <= 1.6; 1.7+ answers 502 — we emulate 1.6, whose standbys also proxy
 * `/v2/events` instead of redirecting).
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { MarathonApiError } from './api-error';
import { appRoutes } from './routes/app-routes';
import { deploymentRoutes } from './routes/deployment-routes';
import { eventRoutes } from './routes/event-routes';
import { groupRoutes } from './routes/group-routes';
import { infoRoutes } from './routes/info-routes';
import { jettyErrorPage } from './routes/jetty-error-page';
import { queueRoutes } from './routes/queue-routes';
import {
  json,
  type Route,
  type RouteContext,
  type SimulationEnvironment,
} from './routes/route-context';
import { taskRoutes } from './routes/task-routes';

/** Order matters: the more specific `/v2/apps/{id}/...` routes come before `/v2/apps/{id}`. */
const ROUTES: Route[] = [
  ...infoRoutes,
  ...taskRoutes,
  ...appRoutes,
  ...groupRoutes,
  ...deploymentRoutes,
  ...queueRoutes,
  ...eventRoutes,
];

const CACHE_HEADERS = {
  'Cache-Control': 'no-cache, no-store, must-revalidate',
  Pragma: 'no-cache',
  Expires: '0',
};

async function dispatch(context: RouteContext): Promise<Response> {
  const { request, url } = context;
  const matching = ROUTES.map((route) => ({
    route,
    match: route.pattern.exec(url.pathname),
  })).filter((candidate) => candidate.match !== null);
  const hit = matching.find((candidate) => candidate.route.method === request.method);
  if (!hit?.match) {
    return matching.length > 0
      ? json({ message: 'HTTP 405 Method Not Allowed' }, 405)
      : json({ message: 'URI not found' }, 500);
  }
  try {
    return await hit.route.handle(context, hit.match.slice(1));
  } catch (error) {
    if (error instanceof MarathonApiError) return json(error.body, error.status);
    throw error;
  }
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: merged,
  });
}

export function createMarathonHandlers(env: SimulationEnvironment): RequestHandler[] {
  return [
    http.all('*', async ({ request }) => {
      const url = new URL(request.url);
      const receivedBy = env.instances.indexOfHost(url.host);
      if (receivedBy < 0) return undefined;
      if (!env.instances.isRunning(receivedBy)) return HttpResponse.error();
      const leader = env.instances.leaderIndexOrNull();
      // The only answer an instance gives from its own state: whom it believes leads.
      if (request.method === 'GET' && /^\/v2\/leader\/?$/.test(url.pathname)) {
        if (leader === null)
          return withHeaders(json({ message: 'There is no leader' }, 404), CACHE_HEADERS);
        const address = env.instances.address(leader);
        return withHeaders(json({ leader: address }), {
          ...CACHE_HEADERS,
          'X-Marathon-Leader': `http://${address}`,
        });
      }
      if (leader === null) {
        return withHeaders(
          jettyErrorPage(503, 'Could not determine the current leader', url.pathname),
          CACHE_HEADERS,
        );
      }
      const leaderAddress = env.instances.address(leader);
      const response = await dispatch({ ...env, request, url, servedBy: leader, receivedBy });
      return withHeaders(response, {
        ...CACHE_HEADERS,
        'X-Marathon-Leader': `http://${leaderAddress}`,
        ...(receivedBy !== leader
          ? { 'X-Marathon-Via': `1.1 ${env.instances.address(receivedBy)}` }
          : {}),
      });
    }),
  ];
}
