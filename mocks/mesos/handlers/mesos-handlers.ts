/**
 * MSW handlers for every simulated master and agent. The node is picked by the request URL's
 * `host:port`; requests for other hosts fall through to the next handler (or pass through).
 */
import { http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import type { MesosModel } from '../mesos-model';
import { agentResponse } from './agent-routes';
import { masterResponse } from './master-routes';
import type { OperatorApiOptions } from './operator-api';

export function createMesosHandlers(
  model: MesosModel,
  operatorApi: OperatorApiOptions,
): RequestHandler[] {
  return [
    http.all('*', ({ request }) => {
      const url = new URL(request.url);
      const node = model.nodeAt(url.host);
      if (!node) return undefined;
      if ('master' in node) {
        if (!node.master.running) return HttpResponse.error();
        return masterResponse(model, node.master, request, operatorApi);
      }
      if (node.agent.unreachable) return HttpResponse.error();
      return agentResponse(model, node.agent, url);
    }),
  ];
}
