/**
 * The simulated cluster: the Mesos model and the Marathon simulation wired through Marathon's
 * framework registration, one model clock, fault injection and control hooks.
 */
import type { RequestHandler } from 'msw';
import { createMarathonSimulation } from './marathon';
import { createMesosSimulation, DEFAULT_START_TIME } from './mesos';
import { createPrng } from './mesos/prng';
import { FaultRegistry, type Fault } from './runtime/fault-injection';

export interface SimulatedClusterOptions {
  /** Deterministic ids/timestamps/log text; default 1. */
  seed?: number;
  /** Default 3 (slave-1..slave-3, 4 cpus / 4096 MB / disk / ports [31000-32000]). */
  agents?: number;
  /** Default 3. */
  masters?: number;
  /** Default 3. */
  marathons?: number;
  /** Default true: nginx, tomcat, basic-0 as in the seed. */
  seedApps?: boolean;
  /** Epoch ms of the model clock start; default fixed (deterministic). */
  startTime?: number;
  /** Running tasks of a separate `load-generator` framework spread over the agents; default 0. */
  extraTasks?: number;
  /**
   * Sandbox logs start with this much model time of output already written; default 0. Makes big
   * files at once for download tests: 14 days give a docker task's stdout of about 55 MB.
   */
  logBacklogMs?: number;
  /** False: masters without the v1 operator API (before 1.0), so Stadium must poll. Default true. */
  mesosOperatorApi?: boolean;
  /** `heartbeat_interval_seconds` of the masters' SUBSCRIBE streams; default 15. */
  mesosHeartbeatSeconds?: number;
  /** The version masters and agents report; below 1.9 masters have no agent draining calls. */
  mesosVersion?: string;
  /** False: Marathon instances without `/v2/events`, so Stadium must poll. Default true. */
  marathonEventStream?: boolean;
}

export interface SimulatedCluster {
  /** Model time, ms since epoch. */
  now(): number;
  /** Advance model time deterministically (tasks progress, logs grow, deployments step). */
  advance(ms: number): void;
  /** Real-time ticking for dev/demo/e2e: advances the model as wall time passes. */
  startClock(intervalMs?: number): void;
  stopClock(): void;
  mesos: {
    masters(): { id: string; address: string; running: boolean; leader: boolean }[];
    leader(): { id: string; address: string } | null;
    /** Elect another master (next running one, or the given index). */
    electAnotherLeader(index?: number): void;
    /** A stopped leader loses leadership; another running master is elected. */
    stopMaster(index: number): void;
    startMaster(index: number): void;
    /** SUBSCRIBE streams open now go silent (no events, no heartbeats) but stay open, or resume. */
    freezeSubscribers(frozen: boolean): void;
    /** A new agent registers (an AGENT_ADDED event); it serves no HTTP. */
    registerAgent(): { id: string; hostname: string };
  };
  marathon: {
    instances(): { address: string; running: boolean; leader: boolean }[];
    leader(): { address: string } | null;
    electAnotherLeader(index?: number): void;
    stopInstance(index: number): void;
    startInstance(index: number): void;
  };
  agents(): { id: string; hostname: string; address: string; active: boolean }[];
  /** The agent disappears: its tasks go TASK_LOST/UNREACHABLE and Marathon relaunches them elsewhere. */
  loseAgent(idOrIndex: string | number): void;
  /** A live task fails (TASK_FAILED, exit status 1); Marathon backs off and relaunches it. */
  failTask(taskId: string, message?: string): void;
  faults: {
    /**
     * Latency, an error status, a hang, a slow, truncated or garbage body for requests to
     * matching nodes/paths (see Fault); returns the removal, which also releases hung requests.
     */
    inject(fault: Fault): () => void;
    clear(): void;
  };
  /** Re-address nodes (used by the HTTP runtime to bind each node to 127.0.0.1:<port>). */
  setAddress(oldAddress: string, newAddress: string): void;
}

/** Marathon's timers run at least this often within one `advance`, so launches keep pace. */
const MAX_STEP_MS = 1_000;

interface ClusterParts {
  mesosHandlers: RequestHandler[];
  marathonHandlers: RequestHandler[];
  faults: FaultRegistry;
  isNode(address: string): boolean;
}

const parts = new WeakMap<SimulatedCluster, ClusterParts>();

/** The handler sets behind a cluster, for the runtimes in mocks/runtime. */
export function clusterParts(cluster: SimulatedCluster): ClusterParts {
  const found = parts.get(cluster);
  if (!found) throw new Error('not a cluster made by createSimulatedCluster');
  return found;
}

export function createSimulatedCluster(options: SimulatedClusterOptions = {}): SimulatedCluster {
  const seed = options.seed ?? 1;
  const mesos = createMesosSimulation({
    seed,
    startTime: options.startTime ?? DEFAULT_START_TIME,
    masters: options.masters ?? 3,
    agents: options.agents ?? 3,
    extraTasks: options.extraTasks ?? 0,
    ...(options.logBacklogMs !== undefined && { logBacklogMs: options.logBacklogMs }),
    ...(options.mesosOperatorApi !== undefined && { operatorApi: options.mesosOperatorApi }),
    ...(options.mesosHeartbeatSeconds !== undefined && {
      heartbeatIntervalSeconds: options.mesosHeartbeatSeconds,
    }),
    ...(options.mesosVersion !== undefined && { version: options.mesosVersion }),
  });
  const model = mesos.model;
  const marathonCount = options.marathons ?? 3;
  const instanceAddresses = Array.from(
    { length: marathonCount },
    (_, i) => `marathon-${i + 1}.mesos.test:8080`,
  );
  const scheduler = model.registerFramework({
    name: 'marathon',
    user: 'root',
    hostname: instanceAddresses[0]?.split(':')[0] ?? 'marathon-1.mesos.test',
    webuiUrl: instanceAddresses[0] ? `http://${instanceAddresses[0]}` : '',
    failoverTimeout: 604_800,
    capabilities: ['TASK_KILLING_STATE', 'GPU_RESOURCES', 'REGION_AWARE'],
  });
  const marathonPrng = createPrng(seed ^ 0x5bd1e995);
  const marathon = createMarathonSimulation({
    scheduler,
    now: () => model.now(),
    random: () => marathonPrng.next(),
    instanceAddresses,
    seedApps: options.seedApps ?? true,
    mesosMasterAddress: () => (model.leader() ?? model.masters[0])?.address ?? '',
    eventStream: options.marathonEventStream ?? true,
  });
  marathon.tick(model.now());

  const faults = new FaultRegistry();
  let timer: ReturnType<typeof setInterval> | undefined;

  const advance = (ms: number) => {
    let remaining = Math.max(0, ms);
    do {
      const step = Math.min(remaining, MAX_STEP_MS);
      model.advance(step);
      marathon.tick(model.now());
      remaining -= step;
    } while (remaining > 0);
  };

  const cluster: SimulatedCluster = {
    now: () => model.now(),
    advance,
    startClock(intervalMs = 250) {
      if (timer) return;
      let last = Date.now();
      timer = setInterval(() => {
        const now = Date.now();
        advance(now - last);
        last = now;
      }, intervalMs);
      timer.unref();
    },
    stopClock() {
      clearInterval(timer);
      timer = undefined;
    },
    mesos: {
      masters: () =>
        model.masters.map((m) => ({
          id: m.id,
          address: m.address,
          running: m.running,
          leader: model.leaderIndex === m.index,
        })),
      leader: () => {
        const leader = model.leader();
        return leader ? { id: leader.id, address: leader.address } : null;
      },
      electAnotherLeader: (index) => {
        model.electAnotherLeader(index);
      },
      stopMaster: (index) => {
        model.stopMaster(index);
      },
      startMaster: (index) => {
        model.startMaster(index);
      },
      freezeSubscribers: (frozen) => {
        mesos.freezeSubscribers(frozen);
      },
      registerAgent: () => {
        const agent = model.registerAgent();
        return { id: agent.id, hostname: agent.hostname };
      },
    },
    marathon: {
      instances: () => marathon.instances(),
      leader: () => marathon.leader(),
      electAnotherLeader: (index) => {
        marathon.electAnotherLeader(index);
      },
      stopInstance: (index) => {
        marathon.stopInstance(index);
      },
      startInstance: (index) => {
        marathon.startInstance(index);
      },
    },
    agents: () =>
      model.agents.map((a) => ({
        id: a.id,
        hostname: a.hostname,
        address: a.address,
        active: a.active,
      })),
    loseAgent: (idOrIndex) => {
      model.loseAgent(idOrIndex);
      marathon.tick(model.now());
    },
    failTask: (taskId, message) => {
      model.failTask(taskId, message);
      marathon.tick(model.now());
    },
    faults: {
      inject: (fault) => faults.inject(fault),
      clear: () => {
        faults.clear();
      },
    },
    setAddress: (oldAddress, newAddress) => {
      if (!model.setAddress(oldAddress, newAddress)) marathon.setAddress(oldAddress, newAddress);
    },
  };
  parts.set(cluster, {
    mesosHandlers: mesos.handlers(),
    marathonHandlers: marathon.handlers(),
    faults,
    isNode: (address) =>
      model.nodeAt(address) !== undefined ||
      marathon.instances().some((instance: { address: string }) => instance.address === address),
  });
  return cluster;
}
