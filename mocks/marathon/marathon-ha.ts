/**
 * Marathon's HA servlet filters, the one implementation of them: the simulated cluster runs it
 * in front of its routes, and the proxy's tests run it in front of an echo (src/server
 * test-support). A stopped instance drops the connection, every instance answers `/v2/leader`
 * from its own view, no leader gives Jetty's 503 page (Marathon <= 1.6; 1.7+ answers 502), and
 * a standby has the leader serve the request, adding `X-Marathon-Via`.
 */
import { HttpResponse } from 'msw';
import { jettyErrorPage } from './routes/jetty-error-page';
import { json } from './routes/route-context';

/** What the filters need to know about the HA set. */
export interface MarathonHaView {
  isRunning(index: number): boolean;
  leaderIndexOrNull(): number | null;
  /** `host:port` of an instance. */
  address(index: number): string;
}

const CACHE_HEADERS = {
  'Cache-Control': 'no-cache, no-store, must-revalidate',
  Pragma: 'no-cache',
  Expires: '0',
};

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: merged,
  });
}

/**
 * The answer of instance `receivedBy` to `request`; `serveOnLeader` produces the leader's own
 * answer (in process for the simulation, over HTTP for a real standby forwarding).
 */
export async function answerAsMarathonInstance(
  ha: MarathonHaView,
  receivedBy: number,
  request: Request,
  serveOnLeader: (leader: number) => Promise<Response>,
): Promise<Response> {
  if (!ha.isRunning(receivedBy)) return HttpResponse.error();
  const url = new URL(request.url);
  const leader = ha.leaderIndexOrNull();
  // The only answer an instance gives from its own state: whom it believes leads.
  if (request.method === 'GET' && /^\/v2\/leader\/?$/.test(url.pathname)) {
    if (leader === null) {
      return withHeaders(json({ message: 'There is no leader' }, 404), CACHE_HEADERS);
    }
    const address = ha.address(leader);
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
  const response = await serveOnLeader(leader);
  return withHeaders(response, {
    ...CACHE_HEADERS,
    'X-Marathon-Leader': `http://${ha.address(leader)}`,
    ...(receivedBy !== leader ? { 'X-Marathon-Via': `1.1 ${ha.address(receivedBy)}` } : {}),
  });
}
