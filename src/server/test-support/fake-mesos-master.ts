import { sendJson, startTestHttpServer, type TestHttpServer } from './http-server';

export interface FakeAgentEntry {
  id: string;
  pid: string;
  hostname?: string;
}

export interface FakeMesosMaster extends TestHttpServer {
  /** This master wins the election. */
  lead(): void;
  /** This master follows `leader` (307 to it), or knows no leader (503) when null. */
  follow(leader: FakeMesosMaster | null): void;
  setAgents(agents: FakeAgentEntry[]): void;
  /** The next request to `path` is recorded, then its connection is dropped without an answer. */
  dropNext(path: string): void;
}

/** Endpoints a non-leading Mesos master redirects (Mesos >= 1.0); the rest answer locally. */
const REDIRECTED =
  /^\/(master\/(state|state-summary|slaves|frameworks|tasks|roles|api\/v1)|api\/v1)(\?|$)/;

/**
 * A Mesos master speaking the leader-related parts of the real API: master/elected in
 * /metrics/snapshot, /master/redirect, and 307 with a scheme-less Location while following.
 * While leading it answers any other request with `{servedBy, method, url, body}`.
 */
export async function startFakeMesosMaster(
  options: { leading?: boolean } = {},
): Promise<FakeMesosMaster> {
  let leading = options.leading ?? false;
  let leader: FakeMesosMaster | null = null;
  let agents: FakeAgentEntry[] = [];
  const drops = new Set<string>();
  const server = await startTestHttpServer((request, res) => {
    const path = request.url.split('?')[0] ?? '';
    if (drops.delete(path)) {
      res.socket?.destroy();
      return;
    }
    if (path === '/metrics/snapshot') {
      return sendJson(res, 200, { 'master/elected': leading ? 1 : 0, 'master/uptime_secs': 12.5 });
    }
    const leaderHostPort = leading ? master.hostPort : leader?.hostPort;
    if (path === '/master/redirect') {
      if (!leaderHostPort) return sendJson(res, 503, 'No leader elected');
      res.writeHead(307, { location: `//${leaderHostPort}` }).end();
      return;
    }
    if (!leading && REDIRECTED.test(request.url)) {
      if (!leaderHostPort) {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('No leader elected');
        return;
      }
      res.writeHead(307, { location: `//${leaderHostPort}${request.url}` }).end();
      return;
    }
    if (path === '/master/slaves')
      return sendJson(res, 200, { slaves: agents, recovered_slaves: [] });
    sendJson(res, 200, {
      servedBy: master.hostPort,
      method: request.method,
      url: request.url,
      body: request.body,
    });
  });
  const master: FakeMesosMaster = {
    ...server,
    lead() {
      leading = true;
      leader = null;
    },
    follow(next) {
      leading = false;
      leader = next;
    },
    setAgents(next) {
      agents = next;
    },
    dropNext(path) {
      drops.add(path);
    },
  };
  return master;
}

/** A leader and standbys that follow it, like a 3-master HA setup. */
export async function startFakeMesosMasters(
  count: number,
  leaderIndex = 0,
): Promise<FakeMesosMaster[]> {
  const masters = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      startFakeMesosMaster({ leading: index === leaderIndex }),
    ),
  );
  electMesosLeader(masters, leaderIndex);
  return masters;
}

/** Makes masters[index] lead and every other master follow it. */
export function electMesosLeader(masters: FakeMesosMaster[], index: number): void {
  const leader = masters[index];
  if (!leader) throw new Error(`no master ${index}`);
  for (const master of masters) {
    if (master === leader) master.lead();
    else master.follow(leader);
  }
}
