import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Dispatcher } from 'undici';
import type { AccessControl } from './access/access-control';
import type { ServerTls } from './access/tls-files';
import { sideDispatchers, type UpstreamCredentials } from './access/upstream-credentials';
import { AgentDirectory } from './agents/agent-directory';
import { listAgentsFromLeader } from './agents/list-agents';
import { ModelAgentDirectory } from './agents/model-agent-directory';
import { drainOnClose } from './graceful-shutdown';
import { clusterModelRoutes, type ClusterModelOptions } from './cluster-model';
import type { LeaderDiscovery } from './leaders/leader-discovery';
import type { StadiumLog } from './leaders/leader-state';
import { createProxyClusterModel } from './model-sources/proxy-cluster-model';
import type { HostPolicy } from './pipeline/host';
import { registerRequestPipeline, requestPipelineSteps } from './pipeline/request-pipeline';
import { registerResponseHeaders } from './pipeline/response-headers';
import { createMetrics, type StadiumMetrics } from './observability/metrics';
import { observeProxiedRequests, recordRefusals } from './observability/proxy-observer';
import { LeaderForwarder } from './proxy/leader-forwarder';
import { LegacyJsonNames } from './proxy/legacy-json-names';
import { replyWithMessage } from './proxy/reply-upstream';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, STREAM_IDLE_MS } from './proxy/upstream-deadline';
import { OfferFirstSeen, registerOfferFirstSeenRoute } from './proxy/offer-first-seen';
import { SharedReads } from './proxy/shared-reads';
import { MARATHON_RULES, MESOS_RULES } from './proxy/side-rules';
import { registerAgentRoutes, registerMasterRoutes } from './routes/agent-routes';
import { registerClusterRoute } from './routes/cluster-route';
import { registerConsoleRoutes } from './routes/console-routes';
import { registerOperationalRoutes } from './routes/operational-routes';
import { keepRawBodies, MAX_PROXIED_BODY_BYTES } from './routes/proxy-body-parsing';
import { registerSideRoutes } from './routes/side-routes';
import { createEventFeed } from './event-feed/event-feed';
import { registerFeedRoute } from './event-feed/feed-route';
import { registerSearchRoute } from './search/search-route';
import { registerConsoleEvents, type ConsoleEventHub } from './streams/console-events';
import type { MarathonEvents } from './streams/marathon-events';
import type { MesosSubscription } from './streams/mesos-subscription';

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
  /** Served at /metrics; default: a new set (startStadium makes it first, for the discoveries' log). */
  metrics?: StadiumMetrics;
  /** Deadline for an upstream's answer (headers) before the browser gets a 504; default 10 s. */
  upstreamTimeoutMs?: number;
  /** Heartbeat margin and retry wait of the upstream event streams (tests shorten them). */
  streams?: { heartbeatMargin?: number; retryMs?: number };
  /** Handed the live streams once built: their counters are what /metrics exports. */
  onLiveStreams?: (streams: LiveStreams) => void;
}

/** The proxy's upstream event streams and its console connections. */
export interface LiveStreams {
  mesos: MesosSubscription;
  marathon: MarathonEvents;
  consoles: ConsoleEventHub;
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
  const timeoutMs = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const mesosForwarder = new LeaderForwarder(
    mesos,
    dispatchers.mesos,
    MESOS_RULES,
    legacyNames,
    timeoutMs,
  );
  const marathonForwarder = new LeaderForwarder(
    marathon,
    dispatchers.marathon,
    MARATHON_RULES,
    undefined,
    timeoutMs,
  );
  const clusterModel = createProxyClusterModel({
    mesos,
    marathon,
    mesosForwarder,
    marathonForwarder,
    log: options.log,
    upstreamTimeoutMs: timeoutMs,
    ...(options.clusterModel && { tuning: options.clusterModel }),
    ...(options.streams && { streamTuning: options.streams }),
  });
  const { model } = clusterModel;
  const consoleEvents = registerConsoleEvents(app, {
    model,
    marathon: clusterModel.marathonStream,
  });
  const eventFeed = createEventFeed({
    model,
    mesos: clusterModel.mesosStream,
    marathon: clusterModel.marathonStream,
  });
  const closeFeeds = registerFeedRoute(app, {
    ring: eventFeed.ring,
    stillSignedIn: (request) => access.stillSignedIn(request),
  });
  options.onLiveStreams?.({
    mesos: clusterModel.mesosStream,
    marathon: clusterModel.marathonStream,
    consoles: consoleEvents,
  });
  app.addHook('onReady', async () => clusterModel.start());
  app.addHook('onClose', async () => {
    consoleEvents.close();
    closeFeeds();
    eventFeed.close();
    clusterModel.stop();
  });
  const metrics = options.metrics ?? createMetrics();
  const unbindMetrics = metrics.bind({
    mesos,
    marathon,
    model,
    openConnections: () =>
      new Promise((resolve) =>
        app.server.getConnections((error, count) => resolve(error ? 0 : count)),
      ),
    consoleStreams: () => consoleEvents.clients(),
  });
  app.addHook('onClose', async () => unbindMetrics());
  const recordRefusal = recordRefusals(metrics, options.log);
  app.addHook('onResponse', async (request) => {
    if (request.refusal) recordRefusal(request.refusal, request);
  });
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
      options.log(`error in ${request.method} ${request.url}: ${error.stack ?? error.message}`, {
        event: 'request-error',
        level: 'error',
        status: statusCode,
      });
    return replyWithMessage(reply, statusCode, error.message);
  });

  registerOperationalRoutes(app, { mesos, marathon, model, metrics });
  const offerFirstSeen = new OfferFirstSeen();
  await app.register(async (proxyScope) => {
    observeProxiedRequests(proxyScope, metrics, options.log);
    keepRawBodies(proxyScope);
    registerSideRoutes(
      proxyScope,
      '/api/mesos',
      mesosForwarder,
      new SharedReads({
        leader: () => mesos.leader(),
        onRead: (path, answer) => {
          if (path === '/master/frameworks' && answer.kind === 'upstream') {
            if (answer.statusCode === 200) offerFirstSeen.observe(answer.body);
          }
        },
      }),
    );
    registerOfferFirstSeenRoute(proxyScope, offerFirstSeen);
    registerSideRoutes(proxyScope, '/api/marathon', marathonForwarder);
    registerAgentRoutes(proxyScope, {
      agents,
      dispatcher: dispatchers.mesos,
      legacyNames,
      timeoutMs,
    });
    registerMasterRoutes(proxyScope, {
      masters: () => mesos.status().nodes,
      dispatcher: dispatchers.mesos,
      legacyNames,
      timeoutMs,
    });
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
  registerSearchRoute(app, model);
  await registerConsoleRoutes(app, options.distDir);
}

/** Ids are as long as Mesos and Marathon allow: nested group ids easily pass Fastify's 100. */
export const MAX_PARAM_LENGTH = 8_192;

/** A client must have sent its whole request (headers and body) within this time. */
export const CLIENT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * A connection silent this long is cut. Above the upstream streams' idle limit, so a quiet event
 * stream ends upstream first, with a proper end to the relayed response.
 */
export const CLIENT_IDLE_TIMEOUT_MS = STREAM_IDLE_MS + 10_000;

export interface StadiumServerOptions {
  logger?: boolean;
  /** Default CLIENT_REQUEST_TIMEOUT_MS (tests shorten it). */
  clientRequestTimeoutMs?: number;
  /** Serve HTTPS with this key and certificate (--tls-cert, --tls-key). */
  https?: ServerTls;
}

/** A Fastify instance running Stadium; the caller owns discoveries and dispatcher. */
export async function buildApp(
  options: StadiumAppOptions,
  serverOptions: StadiumServerOptions = {},
): Promise<FastifyInstance> {
  const requestTimeout = serverOptions.clientRequestTimeoutMs ?? CLIENT_REQUEST_TIMEOUT_MS;
  // Node checks the request deadline only this often (default 30 s): a stalled body is cut
  // within the deadline plus one check, while every other connection keeps being served.
  const socketOptions = {
    connectionsCheckingInterval: Math.min(1_000, requestTimeout),
    headersTimeout: requestTimeout,
  };
  const app = Fastify({
    logger: serverOptions.logger ?? false,
    ...(serverOptions.https
      ? { https: { ...socketOptions, ...serverOptions.https } }
      : { http: socketOptions }),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    requestTimeout,
    connectionTimeout: CLIENT_IDLE_TIMEOUT_MS,
  });
  drainOnClose(app);
  await app.register(stadiumApp, options);
  return app;
}
