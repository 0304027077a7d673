import type { ServerResponse } from 'node:http';
import { sendJson, startTestHttpServer, type TestHttpServer } from './http-server';

/** `json`: only the `.json` names, like Mesos 0.22–0.24. `plain`: only the new names, like 1.8+. */
export type MesosNaming = 'json' | 'plain';

export interface FakeMesosNode extends TestHttpServer {
  /** Switches the names this node serves, as an upgrade or downgrade in place would. */
  serveNames(naming: MesosNaming): void;
}

export interface FakeLegacyAgent extends FakeMesosNode {
  id: string;
  /** `slave(1)@127.0.0.1:<port>`, as the master lists it. */
  pid: string;
}

/**
 * The endpoint a request names under `naming` (`/files/read.json` -> `/files/read` for `json`),
 * or null when this generation has no such name. Every other path keeps its name.
 */
function endpointOf(url: string, naming: MesosNaming): string | null {
  const path = url.split('?', 1)[0] ?? '';
  const renamed = ['/master/state', '/state', '/slave(1)/state', '/files/read'];
  const plain = path.endsWith('.json') ? path.slice(0, -'.json'.length) : path;
  if (!renamed.includes(plain)) return path;
  return (path === plain) === (naming === 'plain') ? plain : null;
}

/** libprocess answers an unknown route with an empty 404. */
function notFound(res: ServerResponse): void {
  res.writeHead(404).end();
}

/**
 * A leading Mesos master of the given generation (default 0.24: `.json` names only). It is
 * elected in /metrics/snapshot and lists `agents` in its state the way masters before 1.0 do
 * (`leader` equal to its own `pid`). It has no `/master/slaves`, which 0.25 added.
 */
export async function startLegacyMesosMaster(
  options: { naming?: MesosNaming; agents?: { id: string; pid: string }[] } = {},
): Promise<FakeMesosNode> {
  let naming = options.naming ?? 'json';
  const server = await startTestHttpServer((request, res) => {
    const endpoint = endpointOf(request.url, naming);
    if (endpoint === '/metrics/snapshot') return sendJson(res, 200, { 'master/elected': 1 });
    if (endpoint !== '/master/state' && endpoint !== '/state') return notFound(res);
    const pid = `master@${server.hostPort}`;
    sendJson(res, 200, {
      version: naming === 'json' ? '0.24.1' : '1.8.0',
      id: 'legacy-master',
      pid,
      leader: pid,
      hostname: '127.0.0.1',
      activated_slaves: options.agents?.length ?? 0,
      slaves: (options.agents ?? []).map((agent) => ({
        ...agent,
        hostname: 'legacy-agent',
        active: true,
        resources: { cpus: 4, mem: 4096, disk: 10240 },
        used_resources: { cpus: 0, mem: 0, disk: 0 },
      })),
      frameworks: [],
      completed_frameworks: [],
      orphan_tasks: [],
    });
  });
  return { ...server, serveNames: (next) => (naming = next) };
}

/**
 * A Mesos agent of the given generation (default 0.24) with its state and `/files/read` over the
 * given sandbox files; an unknown file path answers 404, as Mesos does.
 */
export async function startLegacyMesosAgent(options: {
  id: string;
  files: Record<string, string>;
  naming?: MesosNaming;
}): Promise<FakeLegacyAgent> {
  let naming = options.naming ?? 'json';
  const server = await startTestHttpServer((request, res) => {
    const endpoint = endpointOf(request.url, naming);
    if (endpoint === '/state' || endpoint === '/slave(1)/state') {
      return sendJson(res, 200, { id: options.id, pid: agent.pid, frameworks: [] });
    }
    if (endpoint !== '/files/read') return notFound(res);
    const query = new URL(request.url, server.url).searchParams;
    const data = options.files[query.get('path') ?? ''];
    if (data === undefined) return sendJson(res, 404, 'File not found');
    const offset = Number(query.get('offset') ?? -1);
    if (offset < 0) return sendJson(res, 200, { data: '', offset: data.length });
    sendJson(res, 200, { data: data.slice(offset), offset });
  });
  const agent: FakeLegacyAgent = {
    ...server,
    id: options.id,
    pid: `slave(1)@${server.hostPort}`,
    serveNames: (next) => (naming = next),
  };
  return agent;
}
