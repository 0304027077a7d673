import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Dispatcher } from 'undici';
import type { AccessControl } from './access/access-control';
import type { ServerTls } from './access/tls-files';
import { sideDispatchers, type UpstreamCredentials } from './access/upstream-credentials';
import { AgentDirectory } from './agents/agent-directory';
import { listAgentsFromLeader } from './agents/list-agents';
import { ModelAgentDirectory } from './agents/model-agent-directory';
import { clusterModelRoutes, type ClusterModelOptions } from './cluster-model';
import type { LeaderDiscovery } from './leaders/leader-discovery';
import type { StadiumLog } from './leaders/leader-state';
import { createProxyClusterModel } from './model-sources/proxy-cluster-model';
import type { HostPolicy } from './pipeline/host';
import { registerRequestPipeline, requestPipelineSteps } from './pipeline/request-pipeline';
import { registerResponseHeaders } from './pipeline/response-headers';
import { LeaderForwarder } from './proxy/leader-forwarder';
import { LegacyJsonNames } from './proxy/legacy-json-names';
import { replyWithMessage } from './proxy/reply-upstream';
import { MARATHON_RULES, MESOS_RULES } from './proxy/side-rules';
import { registerAgentRoutes } from './routes/agent-routes';
import { registerClusterRoute } from './routes/cluster-route';
import { registerConsoleRoutes } from './routes/console-routes';
import { keepRawBodies, MAX_PROXIED_BODY_BYTES } from './routes/proxy-body-parsing';
import { registerSideRoutes } from './routes/side-routes';

export interface StadiumAppOptions {
  mesos: LeaderDiscovery;
  marathon: LeaderDiscovery;
  /** The shared upstream pool; each side sends through it with its own credentials. */
  dispatcher: Dispatcher;
  credentials?: UpstreamCredentials;
  /** Sign-in, roles, read-only mode and the audit trail; their checks run in the pipeline. */
  access: AccessControl;
  /** The built console (vite build output). */
  distDir: string;
  simulated: boolean;
  log: StadiumLog;
  /** Host names the request pipeline answers to (DNS-rebinding guard). */
  hosts: HostPolicy;
  /** Intervals and sizes of the shared cluster model (tests stretch or shorten them). */
  clusterModel?: Omit<ClusterModelOptions, 'onError'>;
}

/**
 * Stadium as a Fastify plugin: proxy routes, /api/cluster and the shared cluster model's
 * /api/cluster/* slices, the console, error and 404 handling. The model polls while the app runs.
 */
export default async function stadiumApp(app: FastifyInstance, options: StadiumAppOptions) {
  const { mesos, marathon, access } = options;
  registerRequestPipeline(
    app,
    requestPipelineSteps({ hosts: options.hosts, accessSteps: access.steps() }),
  );
  registerResponseHeaders(app);
  access.register(app);
  const dispatchers = sideDispatchers(options.dispatcher, options.credentials ?? {});
  // Masters and agents alike: which nodes still serve only the pre-0.25 `.json` names.
  const legacyNames = new LegacyJsonNames();
  const mesosForwarder = new LeaderForwarder(mesos, dispatchers.mesos, MESOS_RULES, legacyNames);
  const marathonForwarder = new LeaderForwarder(marathon, dispatchers.marathon, MARATHON_RULES);
  const { model, stop } = createProxyClusterModel({
    mesos,
    mesosForwarder,
    marathonForwarder,
    log: options.log,
    ...(options.clusterModel && { tuning: options.clusterModel }),
  });
  app.addHook('onReady', async () => model.start());
  app.addHook('onClose', async () => stop());
  const agents = new ModelAgentDirectory(
    model,
    mesos,
    new AgentDirectory(() => listAgentsFromLeader(mesosForwarder)),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = `${MAX_PROXIED_BODY_BYTES / 1024 / 1024} MB`;
      return replyWithMessage(
        reply,
        413,
        `Request bodies sent through Stadium are limited to ${limit}; send a smaller body.`,
      );
    }
    const statusCode =
      error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    // A browser that navigates away aborts its polls; that is not an error worth a stack trace.
    const clientGone = request.raw.socket?.destroyed === true;
    if (statusCode >= 500 && !clientGone)
      options.log(`error in ${request.method} ${request.url}: ${error.stack ?? error.message}`);
    return replyWithMessage(reply, statusCode, error.message);
  });

  await app.register(async (proxyScope) => {
    keepRawBodies(proxyScope);
    registerSideRoutes(proxyScope, '/api/mesos', mesosForwarder);
    registerSideRoutes(proxyScope, '/api/marathon', marathonForwarder);
    registerAgentRoutes(proxyScope, agents, dispatchers.mesos, legacyNames);
  });
  registerClusterRoute(app, {
    mesos,
    marathon,
    simulated: options.simulated,
    credentialsRefusal: {
      mesos: () => mesosForwarder.credentialsRefusal(),
      marathon: () => marathonForwarder.credentialsRefusal(),
    },
  });
  await app.register(clusterModelRoutes, { model });
  await registerConsoleRoutes(app, options.distDir);
}

/** A Fastify instance running Stadium; the caller owns discoveries and dispatcher. */
export async function buildApp(
  options: StadiumAppOptions,
  fastifyOptions: { logger?: boolean; https?: ServerTls } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: fastifyOptions.logger ?? false,
    ...(fastifyOptions.https && { https: fastifyOptions.https }),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  await app.register(stadiumApp, options);
  return app;
}
