import type { FastifyInstance } from 'fastify';
import type { Dispatcher } from 'undici';
import type { AgentResolver } from '../agents/model-agent-directory';
import { credentialsRefusedMessage, refusesCredentials } from '../access/credential-refusals';
import { isAllowedAgentPath } from '../agents/agent-paths';
import type { LegacyJsonNames } from '../proxy/legacy-json-names';
import { replyWithMessage, replyWithUpstream } from '../proxy/reply-upstream';
import { sendOnce, UpstreamRequestError } from '../proxy/send-upstream';
import { underDeadline } from '../proxy/upstream-deadline';
import { describeUpstreamError, isUpstreamTimeout } from '../proxy/upstream-errors';
import { upstreamRequestFrom } from './upstream-request';

const PREFIX = '/api/agents/';

/** `/api/agents/<agentId>/<path>` -> that agent's ip:port, as the leading master knows it. */
export function registerAgentRoutes(
  scope: FastifyInstance,
  {
    agents,
    dispatcher,
    legacyNames,
    timeoutMs,
  }: {
    agents: AgentResolver;
    dispatcher: Dispatcher;
    legacyNames: LegacyJsonNames;
    /** Deadline for the agent's response headers (--upstream-timeout). */
    timeoutMs: number;
  },
): void {
  scope.route<{ Params: { agentId: string } }>({
    method: ['GET', 'HEAD'],
    url: `${PREFIX}:agentId/*`,
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      const { agentId } = request.params;
      const afterPrefix = request.url.slice(PREFIX.length);
      const rest = afterPrefix.slice(afterPrefix.indexOf('/'));
      const path = rest.split('?')[0] ?? '';
      if (!isAllowedAgentPath(path)) {
        return replyWithMessage(reply, 404, `Stadium does not proxy ${path} on agents`);
      }
      const found = await agents.lookup(agentId);
      if (found.kind === 'failure') return replyWithMessage(reply, found.statusCode, found.message);
      const { sent, deadline } = underDeadline(
        upstreamRequestFrom(request, reply, rest),
        timeoutMs,
      );
      try {
        const { response } = await legacyNames.send(found.url, sent, async (origin, next) => ({
          origin,
          response: await sendOnce(dispatcher, origin, next),
        }));
        if (refusesCredentials(response.statusCode)) {
          await response.body.dump();
          const where = `agent ${agentId} at ${found.url}`;
          return replyWithMessage(
            reply,
            502,
            credentialsRefusedMessage('mesos', response.statusCode, where),
          );
        }
        return await replyWithUpstream(reply, request.method, response);
      } catch (error) {
        deadline.clear();
        if (!(error instanceof UpstreamRequestError)) throw error;
        return replyWithMessage(
          reply,
          isUpstreamTimeout(error.cause) ? 504 : 502,
          `Agent ${agentId} at ${found.url} did not answer: ${describeUpstreamError(error.cause)}`,
        );
      }
    },
  });
}
