/**
 * Real HTTP for the simulated cluster: one loopback server per master, agent and Marathon
 * instance, each dispatching through the same MSW handlers with `getResponse`. Bodies are
 * streamed both ways; a node answering with a network error has its connection destroyed.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
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
  options: { host?: string } = {},
): Promise<ServedCluster> {
  const host = options.host ?? '127.0.0.1';
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  const handlers = createClusterHandlers(cluster);
  const servers: Server[] = [];

  const serve = async (initialAddress: string): Promise<string> => {
    let address = initialAddress;
    const server = createServer((req, res) => {
      dispatch(handlers, address, req, res).catch(() => {
        if (res.headersSent) res.destroy();
        else res.writeHead(500).end();
      });
    });
    servers.push(server);
    const port = await listen(server, host);
    address = `${hostInUrl}:${port}`;
    cluster.setAddress(initialAddress, address);
    return `http://${address}`;
  };

  try {
    const masterUrls: string[] = [];
    for (const master of cluster.mesos.masters()) masterUrls.push(await serve(master.address));
    const marathonUrls: string[] = [];
    for (const instance of cluster.marathon.instances()) {
      marathonUrls.push(await serve(instance.address));
    }
    const agentUrls = await Promise.all(cluster.agents().map((agent) => serve(agent.address)));
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
