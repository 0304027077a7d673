/**
 * One MSW handler for every Marathon instance. It picks the instance from the URL host, passes
 * other hosts through, and plays Marathon's servlet filters (marathon-ha.ts) in front of the
 * routes. We emulate Marathon 1.6, whose standbys also proxy `/v2/events` instead of redirecting.
 */
import { http, type RequestHandler } from 'msw';
import { MarathonApiError } from './api-error';
import { answerAsMarathonInstance } from './marathon-ha';
import { appRoutes } from './routes/app-routes';
import { deploymentRoutes } from './routes/deployment-routes';
import { eventRoutes } from './routes/event-routes';
import { groupRoutes } from './routes/group-routes';
import { infoRoutes } from './routes/info-routes';
import { podRoutes } from './routes/pod-routes';
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
  ...podRoutes,
  ...deploymentRoutes,
  ...queueRoutes,
  ...eventRoutes,
];

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

export function createMarathonHandlers(env: SimulationEnvironment): RequestHandler[] {
  return [
    http.all('*', ({ request }) => {
      const url = new URL(request.url);
      const receivedBy = env.instances.indexOfHost(url.host);
      if (receivedBy < 0) return undefined;
      return answerAsMarathonInstance(env.instances, receivedBy, request, (servedBy) =>
        dispatch({ ...env, request, url, servedBy, receivedBy }),
      );
    }),
  ];
}
