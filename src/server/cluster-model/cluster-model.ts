import type {
  AgentHistory,
  MetricsHistory,
  MetricsSample,
  ModelStatus,
} from '../../api/cluster-model';
import { AgentHistoryStore, type AgentHistoryOptions } from './agent-history';
import { indexMarathonApps, joinChanges } from './marathon-join';
import { historyOf, RingBuffer, sampleFromMetrics } from './metrics-history';
import { normalizeMasterState, type NormalizedState } from './normalize-master-state';
import { defaultPollInterval, errorBackoff, type PollInfo } from './poll-schedule';
import { buildSnapshot, patchSnapshot, type ClusterSnapshot, type TaskChanges } from './snapshot';
import type { AppIndex } from './marathon-join';

/** `poll`: read `/master/state` per interval. `stream`: an event stream publishes each change. */
export type StateFeed = 'poll' | 'stream';

export interface ClusterModelSources {
  /** The leading master's `/master/state`, parsed, and its size in bytes. */
  fetchMasterState(signal: AbortSignal): Promise<{ body: unknown; bytes: number }>;
  /**
   * `/v2/apps?embed=apps.tasks` from the leading Marathon with its `/v2/pods` beside the apps
   * (`withPods`), or null when Marathon is unavailable.
   */
  fetchMarathonApps(signal: AbortSignal): Promise<unknown>;
  /** The leading master's `/metrics/snapshot`. */
  fetchMetricsSnapshot(signal: AbortSignal): Promise<Record<string, number>>;
  /** Epoch ms, used to stamp snapshots and samples. */
  now(): number;
}

export interface ClusterModelOptions {
  /** Interval after a successful poll; default `defaultPollInterval` (see poll-schedule.ts). */
  pollInterval?: (info: PollInfo) => number;
  /** `/metrics/snapshot` period, default 5000 ms, and samples kept, default 720 (1 h). */
  metricsIntervalMs?: number;
  metricsCapacity?: number;
  /** A poll that takes longer is aborted and counts as a failure; default 60 s. */
  fetchTimeoutMs?: number;
  agentHistory?: AgentHistoryOptions;
  /** Told about every failed poll (for logging); the model itself keeps going. */
  onError?: (source: 'state' | 'metrics' | 'listener', error: unknown) => void;
}

export interface ClusterModel {
  /** Starts polling (state at once, then per interval; metrics every 5 s). Idempotent. */
  start(): void;
  /** Stops the timers and aborts requests in flight. */
  stop(): void;
  /** Polls `/master/state` now; joins a poll already in flight instead of starting another. */
  refresh(): Promise<void>;
  /** Takes one `/metrics/snapshot` sample now. */
  sampleMetrics(): Promise<void>;
  /** The latest good snapshot (kept while polls fail), or null before the first one. */
  snapshot(): ClusterSnapshot | null;
  status(): ModelStatus;
  /** Changes whenever `snapshot()` or `status()` (apart from ageing) changes. */
  revision(): number;
  subscribe(listener: (snapshot: ClusterSnapshot) => void): () => void;
  metricsHistory(): MetricsHistory;
  /** Number of metrics samples taken so far: changes with `metricsHistory()`. */
  metricsRevision(): number;
  /** Switches between polling `/master/state` and taking states from `publishState`. */
  setStateFeed(feed: StateFeed): void;
  stateFeed(): StateFeed;
  /** A state read from an event stream (stream feed): becomes the next snapshot. */
  publishState(state: NormalizedState, bytes: number): void;
  /**
   * Task changes from an event stream since the last published state: the next snapshot is the
   * current one patched. False when there is nothing to patch (then `publishState` the whole).
   */
  publishTaskChanges(changes: TaskChanges): boolean;
  /** The stream feed is alive (a heartbeat): the current snapshot is still the cluster. */
  confirmState(): void;
  /** The stream feed broke: the snapshot is kept and reported stale until the next state. */
  reportStateError(error: unknown): void;
  /** Reads Marathon's apps now and joins them into a new snapshot; joins a read in flight. */
  refreshApps(): Promise<void>;
  agentHistory(agentId: string): AgentHistory | null;
  knowsAgent(agentId: string): boolean;
  /** `ip:port` of the agent, from its pid, or null for an agent the leader does not list. */
  agentAddress(agentId: string): string | null;
}

/** A snapshot older than this many intervals is reported stale even without an error. */
const STALE_AFTER_INTERVALS = 3;

export function createClusterModel(
  sources: ClusterModelSources,
  options: ClusterModelOptions = {},
): ClusterModel {
  const pollInterval = options.pollInterval ?? defaultPollInterval;
  const metricsIntervalMs = options.metricsIntervalMs ?? 5_000;
  const fetchTimeoutMs = options.fetchTimeoutMs ?? 60_000;
  const metrics = new RingBuffer<MetricsSample>(options.metricsCapacity ?? 720);
  const agentHistory = new AgentHistoryStore(options.agentHistory);
  const listeners = new Set<(snapshot: ClusterSnapshot) => void>();
  const inFlight = new Set<AbortController>();

  let running = false;
  let current: ClusterSnapshot | null = null;
  let revision = 0;
  let metricsTaken = 0;
  let intervalMs = pollInterval({ agents: 0, tasks: 0, stateBytes: 0, cycleMs: 0 });
  let nextDelayMs = intervalMs;
  let consecutiveErrors = 0;
  let lastError: string | null = null;
  let stateTimer: ReturnType<typeof setTimeout> | undefined;
  let metricsTimer: ReturnType<typeof setTimeout> | undefined;
  let statePoll: Promise<void> | null = null;
  let appsRead: Promise<void> | null = null;
  let feed: StateFeed = 'poll';
  /** Marathon's apps as last read; joined into every snapshot. */
  let apps: AppIndex | null = null;
  /** When the stream feed last said the snapshot is current; null while polling. */
  let confirmedAt: number | null = null;
  let historyRecordedAt = Number.NEGATIVE_INFINITY;
  /** Polls aborted by stop() are not failures of the master. */
  let stops = 0;

  async function withSignal<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timeout = setTimeout(
      () => controller.abort(new Error(`no answer within ${fetchTimeoutMs} ms`)),
      fetchTimeoutMs,
    );
    inFlight.add(controller);
    try {
      return await work(controller.signal);
    } finally {
      clearTimeout(timeout);
      inFlight.delete(controller);
    }
  }

  function scheduleState(delayMs: number): void {
    clearTimeout(stateTimer);
    nextDelayMs = delayMs;
    if (running) stateTimer = setTimeout(() => void refresh(), delayMs);
  }

  function scheduleMetrics(): void {
    clearTimeout(metricsTimer);
    if (running) {
      metricsTimer = setTimeout(() => {
        void sampleMetrics().finally(scheduleMetrics);
      }, metricsIntervalMs);
    }
  }

  async function pollState(): Promise<void> {
    const started = performance.now();
    const stopsAtStart = stops;
    try {
      const { body, bytes, marathon } = await withSignal(async (signal) => {
        const [state, marathonApps] = await Promise.all([
          sources.fetchMasterState(signal),
          sources.fetchMarathonApps(signal).catch(() => null),
        ]);
        return { ...state, marathon: marathonApps };
      });
      // A stream took over while this poll was in flight: its state is newer.
      if (feed === 'stream') return;
      const state = normalizeMasterState(body);
      const { leader, pid } = state.meta;
      if (!state.meta.answeredByLeader) {
        // Pre-1.0 standbys answer /master/state themselves, with no agents: not the cluster.
        throw new Error(
          leader === null
            ? `master ${pid ?? '?'} knows no leader`
            : `master ${pid ?? '?'} is not the leader (${leader.pid} is)`,
        );
      }
      apps = indexMarathonApps(marathon);
      install(state, bytes, started);
      scheduleState(intervalMs);
    } catch (error) {
      if (stops !== stopsAtStart || feed === 'stream') return;
      recordError(error);
      options.onError?.('state', error);
      scheduleState(errorBackoff(consecutiveErrors));
    }
  }

  /** Makes `state` (joined with the last apps read) the current snapshot and tells listeners. */
  function install(state: NormalizedState, bytes: number, started: number): void {
    const snapshot = buildSnapshot({
      generation: (current?.generation ?? 0) + 1,
      fetchedAt: sources.now(),
      stateBytes: bytes,
      state,
      apps,
    });
    installSnapshot(snapshot, bytes, started);
  }

  function installSnapshot(snapshot: ClusterSnapshot, bytes: number, started: number): void {
    // The previous snapshot goes before listeners run: only requests still reading it keep it.
    current = snapshot;
    consecutiveErrors = 0;
    lastError = null;
    revision++;
    intervalMs = pollInterval({
      agents: snapshot.agents.length,
      tasks: snapshot.tasks.length,
      stateBytes: bytes,
      cycleMs: performance.now() - started,
    });
    // A stream publishes far more often than a poll would read: history keeps the poll's pace.
    if (snapshot.fetchedAt - historyRecordedAt >= intervalMs || feed === 'poll') {
      historyRecordedAt = snapshot.fetchedAt;
      agentHistory.record(snapshot.fetchedAt, snapshot.agents);
    }
    for (const listener of listeners) notify(listener, snapshot);
  }

  function recordError(error: unknown): void {
    consecutiveErrors++;
    lastError = error instanceof Error ? error.message : String(error);
    revision++;
  }

  async function readApps(): Promise<void> {
    try {
      const body = await withSignal((signal) => sources.fetchMarathonApps(signal));
      apps = indexMarathonApps(body);
    } catch {
      // Marathon down: tasks keep the app ids of the last read.
      return;
    }
    if (current === null || !joinChanges(current, apps)) return;
    // The same rows joined again; the state they came from is unchanged.
    const { meta, agents, frameworks, unregisteredFrameworks, tasks } = current;
    install(
      {
        meta,
        agents: [...agents],
        frameworks: [...frameworks],
        unregisteredFrameworks: [...unregisteredFrameworks],
        tasks: [...tasks],
      },
      current.stateBytes,
      performance.now(),
    );
  }

  function notify(listener: (snapshot: ClusterSnapshot) => void, snapshot: ClusterSnapshot) {
    try {
      listener(snapshot);
    } catch (error) {
      options.onError?.('listener', error);
    }
  }

  function refresh(): Promise<void> {
    statePoll ??= pollState().finally(() => {
      statePoll = null;
    });
    return statePoll;
  }

  async function sampleMetrics(): Promise<void> {
    try {
      const snapshot = await withSignal((signal) => sources.fetchMetricsSnapshot(signal));
      metrics.push(sampleFromMetrics(sources.now(), snapshot));
      metricsTaken++;
    } catch (error) {
      options.onError?.('metrics', error);
    }
  }

  function status(): ModelStatus {
    const fetchedAt = confirmedAt ?? current?.fetchedAt ?? null;
    const ageMs = fetchedAt === null ? null : Math.max(0, sources.now() - fetchedAt);
    // A stream says itself when it breaks (reportStateError); quiet is not stale then.
    const aged = feed === 'poll' && ageMs !== null && ageMs > STALE_AFTER_INTERVALS * intervalMs;
    return {
      generation: current?.generation ?? 0,
      fetchedAt,
      ageMs,
      stateBytes: current?.stateBytes ?? 0,
      pollIntervalMs: nextDelayMs,
      stale: current === null || consecutiveErrors > 0 || aged,
      lastError,
      consecutiveErrors,
      feed,
    };
  }

  function agentOf(agentId: string) {
    const index = current?.agentIndex.get(agentId);
    return index === undefined ? undefined : current?.agents[index];
  }

  return {
    start() {
      if (running) return;
      running = true;
      if (feed === 'poll') void refresh();
      void sampleMetrics().finally(scheduleMetrics);
    },
    stop() {
      running = false;
      stops++;
      clearTimeout(stateTimer);
      clearTimeout(metricsTimer);
      for (const controller of inFlight) controller.abort(new Error('cluster model stopped'));
    },
    refresh,
    sampleMetrics,
    snapshot: () => current,
    status,
    revision: () => revision,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    metricsHistory: () => historyOf(metrics, metricsIntervalMs),
    metricsRevision: () => metricsTaken,
    setStateFeed(next) {
      if (next === feed) return;
      feed = next;
      if (feed === 'stream') {
        clearTimeout(stateTimer);
        return;
      }
      confirmedAt = null;
      scheduleState(0);
    },
    stateFeed: () => feed,
    publishState(state, bytes) {
      const started = performance.now();
      confirmedAt = sources.now();
      install(state, bytes, started);
    },
    publishTaskChanges(changes) {
      if (current === null || feed !== 'stream') return false;
      const started = performance.now();
      const snapshot = patchSnapshot(current, changes, {
        generation: current.generation + 1,
        fetchedAt: sources.now(),
        apps,
      });
      if (snapshot === null) return false;
      confirmedAt = sources.now();
      installSnapshot(snapshot, current.stateBytes, started);
      return true;
    },
    confirmState() {
      confirmedAt = sources.now();
    },
    reportStateError(error) {
      recordError(error);
      options.onError?.('state', error);
    },
    refreshApps() {
      appsRead ??= readApps().finally(() => {
        appsRead = null;
      });
      return appsRead;
    },
    agentHistory: (agentId) => agentHistory.history(agentId),
    knowsAgent: (agentId) => agentOf(agentId) !== undefined,
    agentAddress: (agentId) => agentOf(agentId)?.address ?? null,
  };
}
