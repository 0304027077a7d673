/**
 * Real HTTP for the simulated cluster: one loopback server per master, agent and Marathon
 * instance, each dispatching through the same MSW handlers with `getResponse`. Bodies are
 * streamed both ways; a node answering with a network error has its connection destroyed.
 */
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { getResponse } from 'msw';
import type { RequestHandler } from 'msw';
import type { SimulatedCluster } from '../cluster';
import { createClusterHandlers } from './cluster-handlers';

export interface ServedCluster {
  /** E.g. `['http://127.0.0.1:40001', ...]` in master order. */
  masterUrls: string[];
  marathonUrls: string[];
  agentUrls: string[];
  close(): Promise<void>;
}

/** A principal the simulated nodes of one side accept as HTTP Basic, as with Mesos' --credentials. */
export interface SimulatedCredential {
  principal: string;
  secret: string;
}

export interface ServeClusterOptions {
  /** Loopback by default. */
  host?: string;
  /**
   * Nodes that require HTTP Basic: masters and agents with `mesos` (as with
   * --authenticate_http_readonly/readwrite and --authenticate_agents), Marathon instances with
   * `marathon` (--http_credentials). Without it they answer 401.
   */
  credentials?: Partial<Record<'mesos' | 'marathon', SimulatedCredential>>;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host']);

function requestFrom(req: IncomingMessage, url: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    signal,
    ...(hasBody && { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' }),
  });
}

function authorized(req: IncomingMessage, credential: SimulatedCredential | undefined): boolean {
  if (!credential) return true;
  const expected = `Basic ${Buffer.from(`${credential.principal}:${credential.secret}`).toString('base64')}`;
  return req.headers.authorization === expected;
}

/** What each side answers without valid credentials. */
function refuse(res: ServerResponse, side: 'mesos' | 'marathon'): void {
  if (side === 'mesos') {
    res.writeHead(401, { 'www-authenticate': 'Basic realm="mesos"' }).end();
    return;
  }
  res
    .writeHead(401, {
      'www-authenticate': 'Basic realm="Mesosphere Marathon"',
      'content-type': 'application/json',
    })
    .end(JSON.stringify({ message: 'Invalid username or password.' }));
}

async function dispatch(
  handlers: RequestHandler[],
  address: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // Handlers that wait (an injected hang) stop waiting when the client goes away.
  const gone = new AbortController();
  res.once('close', () => gone.abort());
  const response = await getResponse(
    handlers,
    requestFrom(req, `http://${address}${req.url ?? '/'}`, gone.signal),
  );
  if (!response) {
    res.writeHead(404).end();
    return;
  }
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, response.statusText, headers);
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  const body = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  body.on('error', () => res.destroy());
  res.on('close', () => body.destroy());
  body.pipe(res);
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function serveCluster(
  cluster: SimulatedCluster,
  options: ServeClusterOptions = {},
): Promise<ServedCluster> {
  const host = options.host ?? '127.0.0.1';
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  const handlers = createClusterHandlers(cluster);
  const servers: Server[] = [];

  const scheme = options.tls ? 'https' : 'http';
  const serve = async (initialAddress: string, side: 'mesos' | 'marathon'): Promise<string> => {
    let address = initialAddress;
    const credential = options.credentials?.[side];
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      if (!authorized(req, credential)) {
        refuse(res, side);
        return;
      }
      dispatch(handlers, address, req, res).catch(() => {
        if (res.headersSent) res.destroy();
        else res.writeHead(500).end();
      });
    };
    const server = options.tls
      ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, listener)
      : createHttpServer(listener);
    servers.push(server);
    const port = await listen(server, host);
    address = `${hostInUrl}:${port}`;
    cluster.setAddress(initialAddress, address);
    return `${scheme}://${address}`;
  };

  try {
    const masterUrls: string[] = [];
    for (const master of cluster.mesos.masters())
      masterUrls.push(await serve(master.address, 'mesos'));
    const marathonUrls: string[] = [];
    for (const instance of cluster.marathon.instances()) {
      marathonUrls.push(await serve(instance.address, 'marathon'));
    }
    const agentUrls = await Promise.all(
      cluster.agents().map((agent) => serve(agent.address, 'mesos')),
    );
    return { masterUrls, marathonUrls, agentUrls, close: () => closeAll(servers) };
  } catch (error) {
    await closeAll(servers);
    throw error;
  }
}

async function closeAll(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          if (!server.listening) {
            resolve();
            return;
          }
          server.close(() => {
            resolve();
          });
          server.closeAllConnections();
        }),
    ),
  );
}
