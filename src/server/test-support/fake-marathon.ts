import { sendJson, startTestHttpServer, type TestHttpServer } from './http-server';

export interface FakeMarathonGroup {
  instances: TestHttpServer[];
  /** Which instance leads, or null for none (an election in progress). */
  elect(index: number | null): void;
  stop(): Promise<void>;
}

/**
 * Marathon instances with Marathon's HA behaviour: /v2/leader names the leader; a standby
 * forwards every other request to the leader and adds X-Marathon-Via; the leader sets
 * X-Marathon-Leader; with no leader a standby answers 502 (HTML, like Jetty's error page).
 */
export async function startFakeMarathonGroup(
  count: number,
  leaderIndex = 0,
): Promise<FakeMarathonGroup> {
  let leader: number | null = leaderIndex;
  const instances: TestHttpServer[] = [];
  for (let index = 0; index < count; index++) {
    instances.push(
      await startTestHttpServer(async (request, res) => {
        const self = instances[index];
        const lead = leader === null ? undefined : instances[leader];
        if (!self) throw new Error('instance not started');
        if (request.url === '/v2/leader') {
          if (!lead) return sendJson(res, 404, { message: 'There is no leader' });
          return sendJson(res, 200, { leader: lead.hostPort });
        }
        if (!lead) {
          res.writeHead(502, { 'content-type': 'text/html' });
          res.end(
            '<html><body><h2>HTTP ERROR 502 Could not determine the current leader</h2></body></html>',
          );
          return;
        }
        if (lead === self) {
          return sendJson(
            res,
            200,
            {
              servedBy: self.hostPort,
              method: request.method,
              url: request.url,
              body: request.body,
            },
            { 'x-marathon-leader': `http://${self.hostPort}` },
          );
        }
        const forwarded = await fetch(`${lead.url}${request.url}`, {
          method: request.method,
          headers: {
            'content-type': request.headers['content-type'] ?? 'application/json',
            'x-marathon-via': `1.1 ${self.hostPort}`,
          },
          ...(request.body ? { body: request.body } : {}),
        });
        res.writeHead(forwarded.status, {
          'content-type': forwarded.headers.get('content-type') ?? 'application/json',
          'x-marathon-leader': forwarded.headers.get('x-marathon-leader') ?? '',
          'x-marathon-via': `1.1 ${self.hostPort}`,
        });
        res.end(await forwarded.text());
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
