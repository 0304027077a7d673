/**
 * One master's HTTP endpoints. Non-leaders redirect the state-like endpoints to the leader
 * with a scheme-less `Location: //host:port/path?query` (src/master/http.cpp); flags, health,
 * metrics, version and files answer locally on every master.
 */
import type { MesosModel } from '../mesos-model';
import {
  buildInfo,
  masterHostname,
  masterPort,
  masterState,
  masterTasks,
  stateSummary,
} from '../master-json';
import { agentJson, frameworkJson } from '../master-json';
import { masterFlags } from '../master-flags';
import { masterMetrics } from '../metrics-json';
import type { MasterRecord } from '../records';
import { reservedFullJson } from '../reservations';
import { MAINTENANCE_READS } from '../operator-maintenance';
import { masterRolesJson, ROLES_READS } from '../operator-roles';
import { openNodeLog } from '../node-logs';
import { filesRoute } from './files-routes';
import { legacyOperatorWrite } from './legacy-operator-writes';
import { mesosJson, mesosText } from './mesos-responses';
import { operatorApiResponse, type OperatorApiOptions } from './operator-api';
import { teardownV0 } from './operator-agents';

type LeaderRoute = (model: MesosModel, self: MasterRecord, url: URL) => unknown;

/** Endpoints only the leader answers, by path under `/master` (also served without it). */
const LEADER_ROUTES: Record<string, LeaderRoute> = {
  '/state': (model, self) => masterState(model, self),
  '/state-summary': (model, self) => stateSummary(model, self),
  '/slaves': (model, _self, url) => {
    const id = url.searchParams.get('slave_id');
    const agents = model.agents.filter((a) => !a.unreachable && (id === null || a.id === id));
    // Only this endpoint adds the full Resources of each role's reservations.
    const slaves = agents.map((a) => ({
      ...agentJson(a),
      reserved_resources_full: reservedFullJson(a),
    }));
    return { slaves, recovered_slaves: [] };
  },
  '/frameworks': (model, _self, url) => {
    const id = url.searchParams.get('framework_id');
    const pick = <T extends { id: string }>(items: Iterable<T>) =>
      [...items].filter((f) => id === null || f.id === id);
    return {
      frameworks: pick(model.frameworks.values()).map((f) => frameworkJson(model, f)),
      completed_frameworks: pick(model.completedFrameworks.values()).map((f) =>
        frameworkJson(model, f),
      ),
      unregistered_frameworks: [],
    };
  },
  '/tasks': (model, _self, url) => {
    const number = (name: string, fallback: number) => {
      const value = url.searchParams.get(name);
      return value !== null && /^\d+$/.test(value) ? Number(value) : fallback;
    };
    const frameworkId = url.searchParams.get('framework_id');
    const taskId = url.searchParams.get('task_id');
    return masterTasks(model, {
      limit: number('limit', 100),
      offset: number('offset', 0),
      order: url.searchParams.get('order') === 'asc' ? 'asc' : 'desc',
      ...(frameworkId !== null && { frameworkId }),
      ...(taskId !== null && { taskId }),
    });
  },
  '/roles': (model) => masterRolesJson(model),
  ...MAINTENANCE_READS,
  ...ROLES_READS,
};

/** The route a master path names: `/master/x` and `/x` are the same endpoint. */
function masterRoute(pathname: string): string {
  return pathname.startsWith('/master/') ? pathname.slice('/master'.length) : pathname;
}

export function masterResponse(
  model: MesosModel,
  self: MasterRecord,
  request: Request,
  operatorApi: OperatorApiOptions,
): Response | Promise<Response> {
  const url = new URL(request.url);
  const route = masterRoute(url.pathname);
  if (route === '/api/v1') return operatorApiResponse(model, self, request, operatorApi);
  if (route === '/teardown') return teardownV0(model, self, request);
  const leader = model.leader();
  if (route === '/redirect') {
    if (!leader) return mesosText(503, 'No leader elected');
    return new Response(null, {
      status: 307,
      headers: { Location: `//${masterHostname(leader)}:${masterPort(leader)}` },
    });
  }
  const write = request.method === 'GET' ? undefined : legacyOperatorWrite(route);
  const leaderRoute = write ? undefined : LEADER_ROUTES[route];
  if (leaderRoute || write) {
    if (!leader) return mesosText(503, 'No leader elected');
    if (leader !== self) {
      const location = `//${masterHostname(leader)}:${masterPort(leader)}${url.pathname}${url.search}`;
      return new Response(null, { status: 307, headers: { Location: location } });
    }
    return write ? write(model, request) : mesosJson(url, leaderRoute?.(model, self, url));
  }
  switch (route) {
    case '/flags':
      return mesosJson(url, { flags: masterFlags(model, self) });
    case '/health':
      return new Response(null, { status: 200 });
    case '/metrics/snapshot':
      return mesosJson(url, masterMetrics(model, self));
    case '/version':
      return mesosJson(url, buildInfo(model));
  }
  // A master attaches no sandboxes; its files API knows no paths.
  const nodeLog = (path: string) => openNodeLog(model, { master: self }, path);
  return (
    filesRoute(model, undefined, url, url.pathname, nodeLog) ?? new Response(null, { status: 404 })
  );
}
