import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ClusterSide } from '../../api/cluster';
import type { ClusterModel } from '../cluster-model';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import type { StadiumLog } from './log';

/** Where a proxied request went: the leading master, the leading Marathon, or an agent. */
export type UpstreamLabel = 'mesos' | 'marathon' | 'agent';

export interface MetricsSources {
  mesos: LeaderDiscovery;
  marathon: LeaderDiscovery;
  model: ClusterModel;
  /** Open client connections (browsers, health checks, scrapes). */
  openConnections(): Promise<number>;
  /** Consoles (browser tabs) holding Stadium's /api/events stream open. */
  consoleStreams(): number;
}

/** Stadium's Prometheus metrics; README "Metrics" lists them. */
export interface StadiumMetrics {
  proxiedRequests: Counter<'upstream' | 'method' | 'status'>;
  upstreamSeconds: Histogram<'upstream'>;
  leaderChanges: Counter<'side'>;
  streamReconnects: Counter<'stream'>;
  /** Requests the request pipeline refused, by its reason (`foreign-host`, `cross-site`, …). */
  refused: Counter<'reason'>;
  contentType: string;
  /** The exposition text: these metrics and the process's. */
  text(): Promise<string>;
  /**
   * Follows the leaders, the model and the server the app built after the metrics (discoveries
   * and the ZooKeeper sessions log into the metrics from the start); returns the unbind.
   */
  bind(sources: MetricsSources): () => void;
}

let processRegistry: Registry | undefined;

/** CPU, memory, event loop, GC, handles: one set per process, however many apps run in it. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const SIDES: readonly ClusterSide[] = ['mesos', 'marathon'];

export function createMetrics(): StadiumMetrics {
  const registry = new Registry();
  const registers = [registry];
  let bound: MetricsSources | undefined;

  const proxiedRequests = new Counter({
    name: 'stadium_proxied_requests_total',
    help: 'Requests proxied to an upstream, by upstream, method and the status sent to the client.',
    labelNames: ['upstream', 'method', 'status'] as const,
    registers,
  });
  const upstreamSeconds = new Histogram({
    name: 'stadium_upstream_response_seconds',
    help: 'Time from a proxied request to its response headers (upstream latency, including a leader-failover retry).',
    labelNames: ['upstream'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const leaderChanges = new Counter({
    name: 'stadium_leader_changes_total',
    help: 'Changes of the leader Stadium follows (including to none), by side.',
    labelNames: ['side'] as const,
    registers,
  });
  new Gauge({
    name: 'stadium_leader',
    help: 'The leader Stadium follows per side: 1 for the current leader URL; no series while none is known.',
    labelNames: ['side', 'leader'] as const,
    registers,
    collect() {
      this.reset();
      for (const side of SIDES) {
        const leader = bound?.[side].leader();
        if (leader) this.set({ side, leader }, 1);
      }
    },
  });
  new Gauge({
    name: 'stadium_leader_known',
    help: '1 while a leader is known for the side, else 0.',
    labelNames: ['side'] as const,
    registers,
    collect() {
      if (bound) for (const side of SIDES) this.set({ side }, bound[side].leader() ? 1 : 0);
    },
  });
  new Gauge({
    name: 'stadium_model_age_seconds',
    help: 'Age of the cluster model (the last good /master/state read); absent before the first.',
    registers,
    collect() {
      this.reset();
      const ageMs = bound?.model.status().ageMs ?? null;
      if (ageMs !== null) this.set(ageMs / 1000);
    },
  });
  new Gauge({
    name: 'stadium_model_stale',
    help: '1 while the cluster model is stale (last poll failed, or older than three intervals).',
    registers,
    collect() {
      this.set(bound?.model.status().stale === false ? 0 : 1);
    },
  });
  new Gauge({
    name: 'stadium_model_state_bytes',
    help: 'Size of the last /master/state body the model was built from.',
    registers,
    collect() {
      this.set(bound?.model.status().stateBytes ?? 0);
    },
  });
  new Gauge({
    name: 'stadium_model_objects',
    help: 'Objects in the cluster model, by kind (agents, frameworks, tasks).',
    labelNames: ['kind'] as const,
    registers,
    collect() {
      const snapshot = bound?.model.snapshot();
      this.set({ kind: 'agents' }, snapshot?.agents.length ?? 0);
      this.set({ kind: 'frameworks' }, snapshot?.frameworks.length ?? 0);
      this.set({ kind: 'tasks' }, snapshot?.tasks.length ?? 0);
    },
  });
  const snapshotBuildSeconds = new Histogram({
    name: 'stadium_snapshot_build_seconds',
    help: 'Time to build each cluster snapshot: whole (a read or a fresh stream) or patched from the previous one after task events.',
    labelNames: ['built'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const streamReconnects = new Counter({
    name: 'stadium_stream_reconnects_total',
    help: 'Reconnects of long-lived upstream streams (zookeeper, mesos-subscribe, marathon-events), by stream.',
    labelNames: ['stream'] as const,
    registers,
  });
  new Gauge({
    name: 'stadium_open_connections',
    help: 'Client connections open to Stadium (browsers, health checks, scrapes).',
    registers,
    async collect() {
      this.set((await bound?.openConnections()) ?? 0);
    },
  });
  new Gauge({
    name: 'stadium_console_streams',
    help: 'Consoles (browser tabs) holding the /api/events stream open.',
    registers,
    collect() {
      this.set(bound?.consoleStreams() ?? 0);
    },
  });
  const refused = new Counter({
    name: 'stadium_refused_requests_total',
    help: 'Requests refused before reaching any route or upstream, by reason.',
    labelNames: ['reason'] as const,
    registers,
  });

  return {
    proxiedRequests,
    upstreamSeconds,
    leaderChanges,
    streamReconnects,
    refused,
    contentType: registry.contentType,
    text: () => Registry.merge([processMetrics(), registry]).metrics(),
    bind(sources) {
      bound = sources;
      for (const side of SIDES) leaderChanges.inc({ side }, 0);
      const unsubscribe = SIDES.map((side) =>
        sources[side].onLeaderChange(() => leaderChanges.inc({ side })),
      );
      unsubscribe.push(
        sources.model.subscribe((snapshot) =>
          snapshotBuildSeconds.observe({ built: snapshot.built }, snapshot.buildMs / 1000),
        ),
      );
      return () => {
        for (const stop of unsubscribe) stop();
        if (bound === sources) bound = undefined;
      };
    },
  };
}

/** Passes every line on and counts the events that metrics are kept for. */
export function countLogEvents(log: StadiumLog, metrics: StadiumMetrics): StadiumLog {
  return (message, fields) => {
    if (fields?.event === 'stream-reconnect') {
      metrics.streamReconnects.inc({ stream: String(fields.stream) });
    }
    log(message, fields);
  };
}
