/**
 * Test-only emulation of Stadium's proxy routes over the simulated cluster, for browser
 * component tests that run without the real proxy. It forwards to the current leaders through
 * the cluster's own handlers; it does not reproduce the proxy's discovery, retries or streaming.
 * `/api/cluster/*` is the proxy's real cluster model and routes (stadium-cluster-model.ts).
 */
import { getResponse, http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import type { SessionInfo } from '../../src/api/access';
import type { ClusterSideStatus, ClusterStatus } from '../../src/api/cluster';
import { CONSOLE_HEADER } from '../../src/api/console-header';
import { isAllowedMasterPath } from '../../src/server/agents/agent-paths';
import { missingWriteHeader, WRITES } from '../../src/server/pipeline/write-header';
import { OfferFirstSeen } from '../../src/server/proxy/offer-first-seen';
import type { SimulatedCluster } from '../cluster';
import { createClusterHandlers } from '../runtime/cluster-handlers';
import { createSimulatedClusterModel } from './stadium-cluster-model';

interface LeaderWatch {
  leader: string | null;
  since: number | null;
}

function sideStatus(
  watch: LeaderWatch,
  now: number,
  nodes: { address: string; running: boolean; leader: boolean }[],
  noLeaderProblem: string,
): ClusterSideStatus {
  const leaderNode = nodes.find((node) => node.leader && node.running);
  const leader = leaderNode ? `http://${leaderNode.address}` : null;
  if (leader !== watch.leader) {
    watch.leader = leader;
    watch.since = leader === null ? null : now;
  }
  return {
    leader,
    discovery: 'simulated',
    source: nodes.map((node) => `http://${node.address}`).join(','),
    nodes: nodes.map((node) => ({
      url: `http://${node.address}`,
      reachable: node.running,
      leader: node.leader,
      ...(!node.running && { error: 'connection refused' }),
    })),
    leaderSince: watch.since,
    ...(leader === null && { problem: noLeaderProblem }),
  };
}

/** Stadium without sign-in or --read-only: everyone may write. */
export const OPEN_SESSION: SessionInfo = { signInRequired: false, readOnly: false, canAudit: true };

export function createStadiumApiHandlers(
  cluster: SimulatedCluster,
  options: {
    /** Who the console is signed in as; a read-only session's writes get the proxy's 403. */
    session?: SessionInfo;
  } = {},
): RequestHandler[] {
  const session = options.session ?? OPEN_SESSION;
  const clusterHandlers = createClusterHandlers(cluster);
  const clusterModel = createSimulatedClusterModel(cluster, clusterHandlers);
  const mesosWatch: LeaderWatch = { leader: null, since: null };
  const offerFirstSeen = new OfferFirstSeen();
  const marathonWatch: LeaderWatch = { leader: null, since: null };

  const forward = async (request: Request, address: string, prefix: string) => {
    const incoming = new URL(request.url);
    const rest = incoming.pathname.slice(incoming.pathname.indexOf(prefix) + prefix.length);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const upstream = new Request(`http://${address}${rest}${incoming.search}`, {
      method: request.method,
      headers: request.headers,
      ...(hasBody && { body: await request.arrayBuffer() }),
    });
    const response = await getResponse(clusterHandlers, upstream);
    if (!response || response.type === 'error') {
      return HttpResponse.json({ message: `${address} did not answer` }, { status: 502 });
    }
    return response;
  };
  const noLeader = (side: string) =>
    HttpResponse.json({ message: `No ${side} leader` }, { status: 503 });

  return [
    http.get('*/api/session', () => HttpResponse.json(session)),
    http.all('*/api/:side/*', ({ request }) => {
      const refusal = missingWriteHeader(request.method, request.headers.get(CONSOLE_HEADER));
      if (refusal) {
        const { status, message, reason } = refusal;
        return HttpResponse.json({ message, reason }, { status });
      }
      if (!session.readOnly || !WRITES.has(request.method)) return undefined;
      return HttpResponse.json(
        { message: 'Stadium is read-only for this session', reason: 'read-only' },
        { status: 403 },
      );
    }),
    http.get('*/api/cluster', () => {
      const now = cluster.now();
      const status: ClusterStatus = {
        simulated: true,
        mesos: sideStatus(mesosWatch, now, cluster.mesos.masters(), 'No Mesos leader elected'),
        marathon: sideStatus(
          marathonWatch,
          now,
          cluster.marathon.instances(),
          'No Marathon leader',
        ),
      };
      return HttpResponse.json(status);
    }),
    http.get('*/api/cluster/*', ({ request }) => clusterModel.answer(request)),
    http.get('*/api/offers/first-seen', async ({ request }) => {
      // The proxy notes offers as /master/frameworks passes it; here, the leader is asked.
      const leader = cluster.mesos.leader();
      if (!leader) return noLeader('Mesos');
      const url = new URL('/api/mesos/master/frameworks', request.url);
      const frameworks = await forward(new Request(url), leader.address, '/api/mesos');
      if (frameworks.ok) offerFirstSeen.observe(await frameworks.text());
      return HttpResponse.json({ seen: offerFirstSeen.snapshot() });
    }),
    http.get('*/api/search', ({ request }) => clusterModel.answer(request)),
    http.all('*/api/mesos/*', ({ request }) => {
      const leader = cluster.mesos.leader();
      return leader ? forward(request, leader.address, '/api/mesos') : noLeader('Mesos');
    }),
    http.all('*/api/marathon/*', ({ request }) => {
      const leader = cluster.marathon.leader();
      return leader ? forward(request, leader.address, '/api/marathon') : noLeader('Marathon');
    }),
    http.get('*/api/masters/:hostPort/*', ({ request, params }) => {
      const master = cluster.mesos.masters().find((m) => m.address === String(params.hostPort));
      if (!master) {
        const message = `${String(params.hostPort)} is not a known master`;
        return HttpResponse.json({ message }, { status: 404 });
      }
      // The segment as sent (the console encodes the colon), so the rest of the path follows it.
      const url = new URL(request.url);
      const segment = url.pathname.split('/')[3] ?? '';
      const rest = url.pathname.slice(`/api/masters/${segment}`.length);
      if (!isAllowedMasterPath(rest, url.searchParams)) {
        const message = `Stadium does not proxy ${rest} on masters`;
        return HttpResponse.json({ message }, { status: 404 });
      }
      return forward(request, master.address, `/api/masters/${segment}`);
    }),
    http.all('*/api/agents/:agentId/*', ({ request, params }) => {
      if (!cluster.mesos.leader()) return noLeader('Mesos');
      const agentId = String(params.agentId);
      const agent = cluster.agents().find((a) => a.id === agentId && a.active);
      if (!agent) {
        return HttpResponse.json({ message: `Unknown agent ${agentId}` }, { status: 404 });
      }
      return forward(request, agent.address, `/api/agents/${agentId}`);
    }),
  ];
}
