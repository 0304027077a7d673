import { sendJson, startTestHttpServer, type TestHttpServer } from './http-server';

export interface FakeAgent extends TestHttpServer {
  id: string;
  /** `slave(1)@127.0.0.1:<port>`, as the master lists it. */
  pid: string;
  /** Lets a /files/download that has sent its first chunk finish. */
  releaseDownload(): void;
}

/**
 * A Mesos agent with /state and a /files/download that sends `firstChunk`, then holds the rest
 * until releaseDownload(): a proxy that buffered the body would never deliver the first chunk.
 */
export async function startFakeAgent(options: {
  id: string;
  firstChunk: Buffer;
  rest: Buffer;
}): Promise<FakeAgent> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = await startTestHttpServer(async (request, res) => {
    const path = request.url.split('?')[0];
    if (path === '/state' || path === '/slave(1)/state') {
      return sendJson(res, 200, { id: options.id, pid: agent.pid, frameworks: [] });
    }
    if (path === '/files/download') {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': 'attachment; filename="stdout"',
        'content-length': String(options.firstChunk.length + options.rest.length),
        etag: '"sandbox-stdout-1"',
      });
      res.write(options.firstChunk);
      await released;
      res.end(options.rest);
      return;
    }
    sendJson(res, 404, { message: `no ${path} on this fake agent` });
  });
  const agent: FakeAgent = {
    ...server,
    id: options.id,
    pid: `slave(1)@${server.hostPort}`,
    releaseDownload: () => release(),
  };
  return agent;
}
