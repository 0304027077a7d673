import { fileURLToPath } from 'node:url';
import type { ServedCluster, SimulatedCluster, SimulatedClusterOptions } from '../../mocks/index';
import { buildApp, type StadiumAppOptions } from './app';
import { createDiscovery } from './leaders/create-discovery';
import type { LeaderDiscovery } from './leaders/leader-discovery';
import type { StadiumLog } from './leaders/leader-state';
import { createUpstreamDispatcher } from './proxy/upstream-dispatcher';
import { parseUpstreamSource, type UpstreamSource } from './upstream-source';

export interface StadiumOptions {
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
  /** Where leader switches and ZooKeeper notes go; default: stdout, one timestamped line each. */
  log?: StadiumLog;
  /** Shape of the simulated cluster when neither mesos nor marathon is given. */
  simulation?: SimulatedClusterOptions;
  /** Intervals of the shared cluster model; defaults grow with the cluster (cluster-model/README.md). */
  clusterModel?: StadiumAppOptions['clusterModel'];
}

export interface RunningStadium {
  url: string;
  simulation?: { cluster: SimulatedCluster; served: ServedCluster };
  close(): Promise<void>;
}

export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));
/** Connections still open (streams) this long after close() begins are cut. */
const CLOSE_GRACE_MS = 3_000;

const stdoutLog: StadiumLog = (line) => console.log(`${new Date().toISOString()} ${line}`);

export async function startStadium(options: StadiumOptions): Promise<RunningStadium> {
  const log = options.log ?? stdoutLog;
  const upstreams = await resolveUpstreams(options);
  const dispatcher = createUpstreamDispatcher();
  const discoveries: LeaderDiscovery[] = [];
  try {
    for (const side of ['mesos', 'marathon'] as const) {
      discoveries.push(
        createDiscovery({
          side,
          source: upstreams[side],
          simulated: upstreams.simulation !== undefined,
          dispatcher,
          log,
        }),
      );
    }
    const [mesos, marathon] = discoveries as [LeaderDiscovery, LeaderDiscovery];
    const host = options.host ?? '127.0.0.1';
    await Promise.all(discoveries.map((discovery) => discovery.start()));
    const app = await buildApp(
      {
        mesos,
        marathon,
        dispatcher,
        distDir: options.distDir ?? DEFAULT_DIST_DIR,
        simulated: upstreams.simulation !== undefined,
        log,
        hosts: {
          listenHost: host,
          ...(options.publicUrl !== undefined && { publicUrl: new URL(options.publicUrl) }),
        },
        ...(options.clusterModel && { clusterModel: options.clusterModel }),
      },
      { logger: options.logger ?? false },
    );
    await app.listen({ port: options.port ?? 8090, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      ...(upstreams.simulation ? { simulation: upstreams.simulation } : {}),
      async close() {
        const cut = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
        await app.close();
        clearTimeout(cut);
        await shutDown(discoveries, dispatcher, upstreams.simulation);
      },
    };
  } catch (error) {
    await shutDown(discoveries, dispatcher, upstreams.simulation);
    throw error;
  }
}

interface Upstreams {
  mesos: UpstreamSource;
  marathon: UpstreamSource;
  simulation?: { cluster: SimulatedCluster; served: ServedCluster };
}

async function resolveUpstreams(options: StadiumOptions): Promise<Upstreams> {
  if (options.mesos === undefined && options.marathon === undefined) {
    // Loaded only here: a real cluster never needs the simulation (or MSW) in memory.
    const { createSimulatedCluster, serveCluster } = await import('../../mocks/index');
    const cluster = createSimulatedCluster(options.simulation);
    const served = await serveCluster(cluster, { host: '127.0.0.1' });
    cluster.startClock();
    const source = (urls: string[]): UpstreamSource => ({
      kind: 'static',
      urls,
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
