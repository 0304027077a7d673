import { join } from 'node:path';
import type {
  ServeClusterOptions,
  ServedCluster,
  SimulatedCluster,
  SimulatedClusterOptions,
} from '../../mocks/index';
import { AccessControl } from './access/access-control';
import { AuditTrail } from './access/audit-trail';
import { Lockout } from './access/lockout';
import { DEFAULT_SESSION_IDLE_MINUTES, loadSessionKey, SessionKeeper } from './access/sessions';
import { loadServerTls, upstreamCertificateAuthorities } from './access/tls-files';
import {
  loadUpstreamCredential,
  sideDispatchers,
  type UpstreamCredentials,
} from './access/upstream-credentials';
import { UserDirectory } from './access/user-directory';
import { buildApp, type LiveStreams, type StadiumAppOptions } from './app';
import type { AccessFlags } from './cli-flags';
import { SHUTDOWN_GRACE_MS } from './graceful-shutdown';
import { createDiscovery } from './leaders/create-discovery';
import type { ZookeeperTimings } from './leaders/zookeeper-children-watch';
import type { LeaderDiscovery } from './leaders/leader-discovery';
import type { StadiumLog } from './leaders/leader-state';
import { createLog } from './observability/log';
import { countLogEvents, createMetrics } from './observability/metrics';
import { packageRoot } from './package-root';
import { createUpstreamDispatcher } from './proxy/upstream-dispatcher';
import { parseUpstreamSource, type UpstreamSource } from './upstream-source';

export interface StadiumOptions extends AccessFlags {
  /** Default 8090 / 127.0.0.1; port 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /** --public-url: the address users open when it is not the one Stadium listens on. */
  publicUrl?: string;
  /** URL list or zk:// string, as the CLI flags; both absent => the built-in simulated cluster. */
  mesos?: string;
  marathon?: string;
  /** The built console; default <repo>/dist. */
  distDir?: string;
  /** Fastify request logging. */
  logger?: boolean;
  /** Where leader switches, ZooKeeper notes and upstream errors go; default: text lines on stdout. */
  log?: StadiumLog;
  /** Shape of the simulated cluster when neither mesos nor marathon is given. */
  simulation?: SimulatedClusterOptions;
  /** Intervals of the shared cluster model; defaults grow with the cluster (cluster-model/README.md). */
  clusterModel?: StadiumAppOptions['clusterModel'];
  streams?: StadiumAppOptions['streams'];
  /** --upstream-timeout in ms: an upstream's answer later than this is a 504; default 10 s. */
  upstreamTimeoutMs?: number;
  /** Time a client has to send its whole request; default 30 s (tests shorten it). */
  clientRequestTimeoutMs?: number;
  /** ZooKeeper session and handshake limits (tests shorten them). */
  zookeeper?: ZookeeperTimings;
  /** How long close() lets requests in flight finish; default SHUTDOWN_GRACE_MS (10 s). */
  shutdownGraceMs?: number;
  /** Where STADIUM_MESOS_CREDENTIALS / STADIUM_MARATHON_CREDENTIALS are read (the CLI: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The simulated cluster serves HTTPS with this certificate (tests; give its CA as caFile). It
   * requires Stadium's upstream credentials whenever those are given.
   */
  simulationTls?: ServeClusterOptions['tls'];
}

export interface RunningStadium {
  url: string;
  /** Re-reads --operators and --viewers (SIGHUP). */
  reloadUsers(): void;
  simulation?: { cluster: SimulatedCluster; served: ServedCluster };
  /** The upstream event streams and console connections, with their counters. */
  live: LiveStreams;
  close(): Promise<void>;
}

export const DEFAULT_DIST_DIR = join(packageRoot(), 'dist');

function defined<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new Error(message);
  return value;
}

export async function startStadium(options: StadiumOptions): Promise<RunningStadium> {
  const metrics = createMetrics();
  const log = countLogEvents(options.log ?? createLog('text'), metrics);
  const env = options.env ?? {};
  // Every file is read before anything listens: a bad one is a startup error, never a later one.
  const credentials: UpstreamCredentials = {};
  for (const side of ['mesos', 'marathon'] as const) {
    const credential = loadUpstreamCredential(side, options[`${side}Credentials`], env);
    if (credential) credentials[side] = credential;
  }
  const ca = upstreamCertificateAuthorities(options.caFile);
  const tls =
    options.tlsCert !== undefined && options.tlsKey !== undefined
      ? loadServerTls(options.tlsCert, options.tlsKey)
      : undefined;
  const signIn = options.operators !== undefined || options.viewers !== undefined;
  const users = signIn
    ? new UserDirectory(
        {
          ...(options.operators !== undefined && { operators: options.operators }),
          ...(options.viewers !== undefined && { viewers: options.viewers }),
        },
        log,
      )
    : undefined;
  const sessions = new SessionKeeper(
    loadSessionKey(options.sessionKeyFile),
    (options.sessionIdle ?? DEFAULT_SESSION_IDLE_MINUTES) * 60_000,
  );
  const audit = new AuditTrail(options.auditLog, log);
  const access = new AccessControl({
    readOnly: options.readOnly === true,
    users,
    sessions,
    lockout: new Lockout(),
    audit,
    secureCookies: tls !== undefined,
    log,
  });

  const upstreams = await resolveUpstreams(options, credentials);
  const dispatcher = createUpstreamDispatcher(
    new Map(
      [upstreams.mesos, upstreams.marathon].flatMap((source) =>
        source.kind === 'static' ? [...source.credentials] : [],
      ),
    ),
    { ca },
  );
  const dispatchers = sideDispatchers(dispatcher, credentials);
  const discoveries: LeaderDiscovery[] = [];
  const closeAccess = async () => {
    users?.close();
    await audit.close();
  };
  try {
    for (const side of ['mesos', 'marathon'] as const) {
      discoveries.push(
        createDiscovery({
          side,
          source: upstreams[side],
          simulated: upstreams.simulation !== undefined,
          dispatcher: dispatchers[side],
          log,
          ...(options.zookeeper && { zookeeper: options.zookeeper }),
        }),
      );
    }
    const [mesos, marathon] = discoveries as [LeaderDiscovery, LeaderDiscovery];
    let live: LiveStreams | undefined;
    const host = options.host ?? '127.0.0.1';
    await Promise.all(discoveries.map((discovery) => discovery.start()));
    const app = await buildApp(
      {
        mesos,
        marathon,
        dispatcher,
        credentials,
        access,
        distDir: options.distDir ?? DEFAULT_DIST_DIR,
        simulated: upstreams.simulation !== undefined,
        log,
        hosts: {
          listenHost: host,
          ...(options.publicUrl !== undefined && { publicUrl: new URL(options.publicUrl) }),
        },
        metrics,
        ...(options.clusterModel && { clusterModel: options.clusterModel }),
        ...(options.streams && { streams: options.streams }),
        onLiveStreams: (streams) => {
          live = streams;
        },
        ...(options.upstreamTimeoutMs !== undefined && {
          upstreamTimeoutMs: options.upstreamTimeoutMs,
        }),
      },
      {
        logger: options.logger ?? false,
        ...(tls && { https: tls }),
        ...(options.clientRequestTimeoutMs !== undefined && {
          clientRequestTimeoutMs: options.clientRequestTimeoutMs,
        }),
      },
    );
    users?.watch();
    await app.listen({ port: options.port ?? 8090, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return {
      url: `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
      ...(upstreams.simulation ? { simulation: upstreams.simulation } : {}),
      live: defined(live, 'the app did not hand over its live streams'),
      reloadUsers: () => users?.reload(),
      async close() {
        // Graceful (graceful-shutdown.ts): no new connections, requests in flight get the grace.
        const cut = setTimeout(
          () => app.server.closeAllConnections(),
          options.shutdownGraceMs ?? SHUTDOWN_GRACE_MS,
        );
        await app.close();
        clearTimeout(cut);
        await shutDown(discoveries, dispatcher, upstreams.simulation);
        await closeAccess();
      },
    };
  } catch (error) {
    await shutDown(discoveries, dispatcher, upstreams.simulation);
    await closeAccess();
    throw error;
  }
}

interface Upstreams {
  mesos: UpstreamSource;
  marathon: UpstreamSource;
  simulation?: { cluster: SimulatedCluster; served: ServedCluster };
}

async function resolveUpstreams(
  options: StadiumOptions,
  credentials: UpstreamCredentials,
): Promise<Upstreams> {
  if (options.mesos === undefined && options.marathon === undefined) {
    // Loaded only here: a real cluster never needs the simulation (or MSW) in memory.
    const { createSimulatedCluster, serveCluster } = await import('../../mocks/index');
    const cluster = createSimulatedCluster(options.simulation);
    const served = await serveCluster(cluster, {
      host: '127.0.0.1',
      credentials,
      ...(options.simulationTls && { tls: options.simulationTls }),
    });
    cluster.startClock();
    const source = (urls: string[]): UpstreamSource => ({
      kind: 'static',
      urls,
      credentials: new Map(),
      text: urls.join(','),
    });
    return {
      mesos: source(served.masterUrls),
      marathon: source(served.marathonUrls),
      simulation: { cluster, served },
    };
  }
  return {
    mesos: requiredSource(options.mesos, 'mesos'),
    marathon: requiredSource(options.marathon, 'marathon'),
  };
}

function requiredSource(value: string | undefined, side: 'mesos' | 'marathon'): UpstreamSource {
  const other = side === 'mesos' ? 'marathon' : 'mesos';
  if (value === undefined)
    throw new Error(`${side} is required with ${other} (give both, or neither)`);
  const source = parseUpstreamSource(value);
  if ('error' in source) throw new Error(`${side} ${source.error}`);
  return source;
}

async function shutDown(
  discoveries: LeaderDiscovery[],
  dispatcher: ReturnType<typeof createUpstreamDispatcher>,
  simulation: Upstreams['simulation'],
): Promise<void> {
  await Promise.all(discoveries.map((discovery) => discovery.close()));
  await dispatcher.destroy();
  if (simulation) {
    simulation.cluster.stopClock();
    await simulation.served.close();
  }
}
