import type { ClusterModel } from '../cluster-model';
import type { MasterMeta } from '../cluster-model/normalize-master-state';
import { OperatorState, type OperatorEvent } from '../cluster-model/operator-state';
import { asArray, asNumber, asRecord, asString, secondsToMs } from '../cluster-model/read-json';
import { upidAddress } from '../cluster-model/upid';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import type { StadiumLog } from '../leaders/leader-state';
import type { LeaderForwarder } from '../proxy/leader-forwarder';
import { readJsonBody } from '../model-sources/read-json-body';
import { openJson } from './lazy-json';
import { RecordIoDecoder } from './recordio';
import { releaseMemory } from './release-memory';
import { StreamLoop, StreamUnsupported } from './stream-loop';

export interface MesosSubscriptionOptions {
  discovery: LeaderDiscovery;
  forwarder: LeaderForwarder;
  model: ClusterModel;
  log: StadiumLog;
  /**
   * A stream silent for this many heartbeat intervals is dead. The operator API's proto advises
   * about 5; default 5.
   */
  heartbeatMargin?: number;
  /** First wait before resubscribing after a failure; doubles up to 30 s. Default 1 s. */
  retryMs?: number;
}

export interface MesosSubscription {
  start(): void;
  stop(): void;
  /** Streams that ended or broke and were subscribed again (for /metrics). */
  readonly reconnects: number;
  /** `stream` while a SUBSCRIBE stream is open, `poll` on masters without the v1 API. */
  mode(): 'connecting' | 'stream' | 'poll';
  /** Each event after `SUBSCRIBED` (heartbeats aside), for the event feed. */
  onEvent(listener: (event: OperatorEvent) => void): () => void;
}

/** A state that took this long to build is not rebuilt more often than this. */
const MIN_PUBLISH_GAP_MS = 25;
const MAX_PUBLISH_GAP_MS = 2_000;
/** Events of one change (a task's update, an agent's tasks lost) arrive within this. */
const BURST_MS = 5;
const JSON_CALL = { 'content-type': 'application/json', accept: 'application/json' };

/**
 * Keeps one operator-API `SUBSCRIBE` stream to the leading master and feeds the cluster model
 * from it: the model starts from `SUBSCRIBED.get_state` and each event changes it, so no
 * `/master/state` is read while the stream lives. A missed heartbeat, the end of the stream (a
 * failover ends it) or a new leader means subscribing again, through leader discovery, to a fresh
 * snapshot. A master without the v1 API is polled as before; a new leader is asked again.
 */
export function createMesosSubscription(options: MesosSubscriptionOptions): MesosSubscription {
  const { discovery, forwarder, model, log } = options;
  const margin = options.heartbeatMargin ?? 5;
  let mode: 'connecting' | 'stream' | 'poll' = 'connecting';
  const eventListeners = new Set<(event: OperatorEvent) => void>();

  async function call(type: string, signal: AbortSignal): Promise<unknown> {
    const outcome = await forwarder.forward({
      method: 'POST',
      path: '/api/v1',
      headers: JSON_CALL,
      body: Buffer.from(JSON.stringify({ type })),
      signal,
    });
    if (outcome.kind === 'failure') throw new Error(outcome.message);
    const { response, origin } = outcome;
    if (response.statusCode === 404) {
      await response.body.dump();
      throw new StreamUnsupported(`${origin} has no v1 operator API`);
    }
    if (response.statusCode !== 200) {
      const text = (await response.body.text()).slice(0, 200);
      throw new Error(`${type} answered HTTP ${response.statusCode} from ${origin}: ${text}`);
    }
    return (await readJsonBody(response.body, `${origin}/api/v1 ${type}`)).body;
  }

  /** `GET_MASTER` and `GET_FLAGS`: what `/master/state` says about the master itself. */
  async function readMeta(signal: AbortSignal): Promise<MasterMeta> {
    const master = asRecord(asRecord(await call('GET_MASTER', signal)).get_master);
    const info = asRecord(master.master_info);
    const version = asString(info.version);
    const [major = 0, minor = 0] = (version ?? '0').split('.').map(Number);
    if (major < 1 || (major === 1 && minor < 1)) {
      throw new StreamUnsupported(`Mesos ${version ?? '?'} streams no agent events (needs 1.1)`);
    }
    const flags = asArray(asRecord(asRecord(await call('GET_FLAGS', signal)).get_flags).flags);
    const cluster = flags.map(asRecord).find((flag) => flag.name === 'cluster')?.value;
    const pid = asString(info.pid);
    const hostname = asString(info.hostname);
    const metrics = await forwarder.forward({
      method: 'GET',
      path: '/metrics/snapshot',
      headers: { accept: 'application/json' },
      signal,
    });
    let unreachableAgents = 0;
    if (metrics.kind === 'upstream' && metrics.response.statusCode !== 200) {
      await metrics.response.body.dump();
    } else if (metrics.kind === 'upstream') {
      const body = await readJsonBody(metrics.response.body, `${metrics.origin}/metrics/snapshot`);
      unreachableAgents = asNumber(asRecord(body.body)['master/slaves_unreachable']) ?? 0;
    }
    return {
      version,
      cluster: asString(cluster),
      id: asString(info.id),
      pid,
      hostname,
      leader: pid === null ? null : { pid, address: upidAddress(pid) ?? pid, hostname },
      answeredByLeader: true,
      startTime: secondsToMs(master.start_time),
      electedTime: secondsToMs(master.elected_time),
      // GET_STATE has no count of unreachable agents; the metrics have it.
      unreachableAgents,
    };
  }

  async function follow(signal: AbortSignal, opened: (origin: string) => void): Promise<void> {
    const meta = await readMeta(signal);
    const outcome = await forwarder.forward({
      method: 'POST',
      path: '/api/v1',
      headers: JSON_CALL,
      body: Buffer.from('{"type":"SUBSCRIBE"}'),
      signal,
    });
    if (outcome.kind === 'failure') throw new Error(outcome.message);
    const { response, origin } = outcome;
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new Error(`SUBSCRIBE answered HTTP ${response.statusCode} from ${origin}`);
    }
    const watchdog = new Watchdog(() => {
      loop.abort(new Error(`no heartbeat from ${origin} within ${watchdog.limitMs} ms`));
    });
    const publisher = new Publisher(model);
    try {
      const decoder = new RecordIoDecoder();
      let state: OperatorState | null = null;
      for await (const chunk of response.body) {
        watchdog.feed();
        const records = decoder.push(chunk);
        for (let i = 0; i < records.length; i++) {
          let record = records[i] as Buffer;
          // The SUBSCRIBED record is the whole cluster: the list must not keep it while the model builds.
          records[i] = EMPTY;
          if (state === null) {
            const bytes = record.length;
            const subscribed = readSubscribed(record, origin, meta);
            record = EMPTY;
            state = subscribed.state;
            // Masters before 1.5 send no heartbeats: only the connection's idle limit applies.
            if (subscribed.heartbeatMs !== null) watchdog.arm(subscribed.heartbeatMs * margin);
            model.setStateFeed('stream');
            publisher.publishNow(state, bytes);
            // The previous snapshot, the record and the parse garbage are unreachable now.
            setImmediate(releaseMemory);
            if (mode !== 'stream') log(`cluster model: following the event stream of ${origin}`);
            mode = 'stream';
            opened(origin);
            continue;
          }
          const event = JSON.parse(record.toString('utf8')) as OperatorEvent;
          if (event.type === 'HEARTBEAT') {
            model.confirmState();
          } else {
            for (const listener of eventListeners) listener(event);
            if (state.apply(event)) publisher.schedule(state);
          }
        }
      }
      throw new Error(`the event stream of ${origin} ended`);
    } finally {
      watchdog.disarm();
      // Events that arrived before the stream broke are true: show them until the next snapshot.
      if (loop.isRunning()) publisher.flush();
      else publisher.cancel();
    }
  }

  const loop: StreamLoop = new StreamLoop({
    discovery,
    retryMs: options.retryMs ?? 1_000,
    noun: 'master',
    stream: 'mesos-subscribe',
    log,
    follow,
    failed(reason) {
      if (reason instanceof StreamUnsupported) {
        if (mode !== 'poll') log(`cluster model: ${reason.message}; polling /master/state`);
        mode = 'poll';
        model.setStateFeed('poll');
        return;
      }
      const message = reason instanceof Error ? reason.message : String(reason);
      if (model.stateFeed() === 'stream') {
        model.reportStateError(new Error(`${message}; subscribing again`));
      }
      mode = 'connecting';
    },
  });

  return {
    start: () => loop.start(),
    stop: () => loop.stop(),
    get reconnects() {
      return loop.reconnects;
    },
    mode: () => mode,
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
  };
}

const EMPTY = Buffer.alloc(0);

/**
 * The model from a stream's first record, `SUBSCRIBED` (100 MB at 10k agents / 100k tasks). Its
 * lists are parsed an element at a time as the model reads them (lazy-json): the whole tree, or
 * the record as one string, never exists.
 */
function readSubscribed(
  record: Buffer,
  origin: string,
  meta: MasterMeta,
): { state: OperatorState; heartbeatMs: number | null } {
  // Opened down to get_state's lists (event > subscribed > get_state > get_tasks > tasks).
  const event = openJson(record, 5) as OperatorEvent;
  if (event.type !== 'SUBSCRIBED') throw new Error(`${origin} sent ${String(event.type)} first`);
  const subscribed = asRecord(event.subscribed);
  const heartbeatSeconds = asNumber(subscribed.heartbeat_interval_seconds);
  return {
    state: new OperatorState(subscribed.get_state, meta),
    heartbeatMs: heartbeatSeconds === null ? null : heartbeatSeconds * 1000,
  };
}

/** Aborts a stream that stays silent longer than its limit; fed on every chunk. */
class Watchdog {
  limitMs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly onSilence: () => void) {}
  arm(limitMs: number): void {
    this.limitMs = limitMs;
    this.feed();
  }
  feed(): void {
    if (this.limitMs === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onSilence, this.limitMs);
  }
  disarm(): void {
    this.limitMs = 0;
    clearTimeout(this.timer);
  }
}

/**
 * Publishes the state at most once per its build time (25 ms – 2 s): the first event after a
 * quiet spell goes out within a few milliseconds (so a burst still becomes one snapshot), later
 * ones wait out the gap, and a cluster whose snapshot takes 0.5 s to build is not rebuilt
 * continuously.
 */
class Publisher {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastBuildMs = 0;
  private lastPublishedAt = Number.NEGATIVE_INFINITY;
  private bytes = 0;
  private state: OperatorState | null = null;
  constructor(private readonly model: ClusterModel) {}
  publishNow(state: OperatorState, bytes?: number): void {
    this.state = state;
    this.cancel();
    if (bytes !== undefined) this.bytes = bytes;
    const started = performance.now();
    const changes = state.takeChanges();
    if (changes === null || !this.model.publishTaskChanges(changes)) {
      this.model.publishState(state.toState(), this.bytes);
    }
    this.lastPublishedAt = performance.now();
    this.lastBuildMs = this.lastPublishedAt - started;
  }
  schedule(state: OperatorState): void {
    this.state = state;
    if (this.timer !== undefined) return;
    const gap = Math.min(Math.max(this.lastBuildMs, MIN_PUBLISH_GAP_MS), MAX_PUBLISH_GAP_MS);
    const wait = Math.max(BURST_MS, this.lastPublishedAt + gap - performance.now());
    this.timer = setTimeout(() => this.publishNow(state), wait);
  }
  flush(): void {
    if (this.timer !== undefined && this.state !== null) this.publishNow(this.state);
  }
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
