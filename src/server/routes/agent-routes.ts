import type { FastifyInstance } from 'fastify';
import type { Dispatcher } from 'undici';
import type { ClusterNodeStatus } from '../../api/cluster';
import type { AgentLookup } from '../agents/agent-directory';
import type { AgentResolver } from '../agents/model-agent-directory';
import { credentialsRefusedMessage, refusesCredentials } from '../access/credential-refusals';
import { isAllowedAgentPath, isAllowedMasterPath } from '../agents/agent-paths';
import type { LegacyJsonNames } from '../proxy/legacy-json-names';
import { replyWithMessage, replyWithUpstream } from '../proxy/reply-upstream';
import { sendOnce, UpstreamRequestError } from '../proxy/send-upstream';
import { underDeadline } from '../proxy/upstream-deadline';
import { describeUpstreamError, isUpstreamTimeout } from '../proxy/upstream-errors';
import { upstreamRequestFrom } from './upstream-request';

interface NodeRouteOptions {
  dispatcher: Dispatcher;
  legacyNames: LegacyJsonNames;
  /** Deadline for the node's response headers (--upstream-timeout). */
  timeoutMs: number;
}

/** `/api/agents/<agentId>/<path>` -> that agent's ip:port, as the leading master knows it. */
export function registerAgentRoutes(
  scope: FastifyInstance,
  { agents, ...options }: NodeRouteOptions & { agents: AgentResolver },
): void {
  registerNodeRoutes(scope, options, {
    prefix: '/api/agents/',
    kind: 'agent',
    label: 'Agent',
    isAllowed: isAllowedAgentPath,
    lookup: (agentId) => agents.lookup(agentId),
  });
}

/**
 * `/api/masters/<host:port>/<path>` -> that master itself (isAllowedMasterPath): only masters
 * Stadium knows (its flags or ZooKeeper) are reached, never a host the browser names.
 */
export function registerMasterRoutes(
  scope: FastifyInstance,
  { masters, ...options }: NodeRouteOptions & { masters: () => ClusterNodeStatus[] },
): void {
  registerNodeRoutes(scope, options, {
    prefix: '/api/masters/',
    kind: 'master',
    label: 'Master',
    isAllowed: isAllowedMasterPath,
    lookup: async (hostPort) => {
      const node = masters().find((known) => !known.unreadable && hostOf(known.url) === hostPort);
      return node
        ? { kind: 'found', url: node.url }
        : { kind: 'failure', statusCode: 404, message: `${hostPort} is not a known master` };
    },
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

function registerNodeRoutes(
  scope: FastifyInstance,
  { dispatcher, legacyNames, timeoutMs }: NodeRouteOptions,
  node: {
    prefix: string;
    kind: 'agent' | 'master';
    /** How a message starts naming the node. */
    label: 'Agent' | 'Master';
    isAllowed: (path: string, query: URLSearchParams) => boolean;
    lookup: (id: string) => Promise<AgentLookup>;
  },
): void {
  scope.route<{ Params: { nodeId: string } }>({
    method: ['GET', 'HEAD'],
    url: `${node.prefix}:nodeId/*`,
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      const { nodeId } = request.params;
      const afterPrefix = request.url.slice(node.prefix.length);
      const rest = afterPrefix.slice(afterPrefix.indexOf('/'));
      const question = rest.indexOf('?');
      const path = question === -1 ? rest : rest.slice(0, question);
      const query = new URLSearchParams(question === -1 ? '' : rest.slice(question + 1));
      if (!node.isAllowed(path, query)) {
        return replyWithMessage(reply, 404, `Stadium does not proxy ${path} on ${node.kind}s`);
      }
      const found = await node.lookup(nodeId);
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
          const where = `${node.kind} ${nodeId} at ${found.url}`;
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
          `${node.label} ${nodeId} at ${found.url} did not answer: ${describeUpstreamError(error.cause)}`,
        );
      }
    },
  });
}
