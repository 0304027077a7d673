import type { ServerResponse } from 'node:http';
import { answerAsMarathonInstance } from '../../../mocks';
import { startTestHttpServer, type RecordedRequest, type TestHttpServer } from './http-server';

export interface FakeMarathonGroup {
  instances: TestHttpServer[];
  /** Which instance leads, or null for none (an election in progress). */
  elect(index: number | null): void;
  stop(): Promise<void>;
}

const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

async function send(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    res.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(await response.text());
}

/**
 * Marathon instances on real sockets, behind the simulated cluster's HA filters: /v2/leader names
 * the leader, the leader echoes what it was sent (`servedBy`, `method`, `url`, `body`), and a
 * standby forwards over HTTP to the leader, so the leader records forwarded requests too.
 */
export async function startFakeMarathonGroup(
  count: number,
  leaderIndex = 0,
): Promise<FakeMarathonGroup> {
  let leader: number | null = leaderIndex;
  const instances: TestHttpServer[] = [];
  const instance = (index: number): TestHttpServer => {
    const found = instances[index];
    if (!found) throw new Error('instance not started');
    return found;
  };
  // A stopped instance refuses connections by itself; the ones that answer all run.
  const ha = {
    isRunning: () => true,
    leaderIndexOrNull: () => leader,
    address: (index: number) => instance(index).hostPort,
  };
  const serveOnLeader = async (
    self: TestHttpServer,
    request: RecordedRequest,
    lead: TestHttpServer,
  ): Promise<Response> => {
    if (lead === self) {
      const { method, url, body } = request;
      return jsonResponse({ servedBy: self.hostPort, method, url, body });
    }
    const forwarded = await fetch(`${lead.url}${request.url}`, {
      method: request.method,
      headers: {
        'content-type': request.headers['content-type'] ?? 'application/json',
        'x-marathon-via': `1.1 ${self.hostPort}`,
      },
      ...(request.body ? { body: request.body } : {}),
    });
    return new Response(await forwarded.text(), {
      status: forwarded.status,
      headers: { 'content-type': forwarded.headers.get('content-type') ?? 'application/json' },
    });
  };
  for (let index = 0; index < count; index++) {
    instances.push(
      await startTestHttpServer(async (request, res) => {
        const self = instance(index);
        const asFetch = new Request(`${self.url}${request.url}`, { method: request.method });
        const response = await answerAsMarathonInstance(ha, index, asFetch, (lead) =>
          serveOnLeader(self, request, instance(lead)),
        );
        await send(res, response);
      }),
    );
  }
  return {
    instances,
    elect(index) {
      leader = index;
    },
    async stop() {
      await Promise.all(instances.map((instance) => instance.stop()));
    },
  };
}
