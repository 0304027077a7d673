import { createClusterModel, type ClusterModel, type ClusterModelOptions } from '../cluster-model';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import type { StadiumLog } from '../leaders/leader-state';
import type { LeaderForwarder } from '../proxy/leader-forwarder';
import { createMarathonEvents, type MarathonEvents } from '../streams/marathon-events';
import { createMesosSubscription, type MesosSubscription } from '../streams/mesos-subscription';
import { createLeaderSources } from './leader-sources';

export interface ProxyClusterModel {
  model: ClusterModel;
  /** The operator-API stream feeding the model (polling when the master has none). */
  mesosStream: MesosSubscription;
  /** Marathon's event stream: apps re-read on its events (polled when it has none). */
  marathonStream: MarathonEvents;
  /** Starts reading: the event stream, or polling once the master proves to have none. */
  start(): void;
  /** Stops polling and streaming and stops following the leader. */
  stop(): void;
}

/**
 * The one cluster model of a running proxy: fed through the leader-following forwarders, read
 * again as soon as the Mesos leader changes, and logging a failing source once per streak (not
 * on every retry) and when it recovers.
 */
export function createProxyClusterModel(options: {
  mesos: LeaderDiscovery;
  marathon: LeaderDiscovery;
  mesosForwarder: LeaderForwarder;
  marathonForwarder: LeaderForwarder;
  log: StadiumLog;
  tuning?: Omit<ClusterModelOptions, 'onError'>;
  /** Heartbeat margin and retry wait of the Mesos event stream (tests shorten them). */
  streamTuning?: { heartbeatMargin?: number; retryMs?: number };
  /** --upstream-timeout; the model's reads get three times as long (see README). */
  upstreamTimeoutMs: number;
}): ProxyClusterModel {
  const { mesos, log } = options;
  // A big cluster's /master/state is built in full before its first byte is sent.
  const readTimeoutMs = options.tuning?.fetchTimeoutMs ?? options.upstreamTimeoutMs * 3;
  const sources = createLeaderSources(
    { mesos: options.mesosForwarder, marathon: options.marathonForwarder },
    readTimeoutMs,
  );
  let stateFailing = false;
  /** Metrics samples taken when the last metrics failure was logged: a streak takes none. */
  let metricsTakenAtFailure = -1;
  const model: ClusterModel = createClusterModel(sources, {
    ...options.tuning,
    fetchTimeoutMs: readTimeoutMs,
    onError(source, error) {
      const message = error instanceof Error ? error.message : String(error);
      if (source === 'state') {
        if (stateFailing) return;
        stateFailing = true;
      } else if (source === 'metrics') {
        if (model.metricsRevision() === metricsTakenAtFailure) return;
        metricsTakenAtFailure = model.metricsRevision();
      }
      const what = {
        state:
          model.stateFeed() === 'stream'
            ? 'the master event stream broke'
            : 'cannot read /master/state',
        metrics: 'cannot read /metrics/snapshot',
        listener: 'a snapshot listener failed',
      };
      log(`cluster model: ${what[source]}: ${message}`, {
        event: 'upstream-error',
        level: 'warn',
        upstream: 'model',
        source,
      });
    },
  });
  const unsubscribeSnapshots = model.subscribe(() => {
    if (!stateFailing) return;
    stateFailing = false;
    log(
      model.stateFeed() === 'stream'
        ? 'cluster model: the master event stream is back'
        : 'cluster model: reading /master/state again',
      { event: 'upstream-recovered', upstream: 'model' },
    );
  });

  /** A poll already in flight may have asked the previous leader: then read once more. */
  async function refreshFromNewLeader(leader: string): Promise<void> {
    await model.refresh();
    if (mesos.leader() === leader && sources.lastStateOrigin() !== leader) await model.refresh();
  }
  const unsubscribeLeader = mesos.onLeaderChange((leader) => {
    // A stream subscribes to the new leader by itself.
    if (leader !== null && model.stateFeed() === 'poll') void refreshFromNewLeader(leader);
  });
  const mesosStream = createMesosSubscription({
    discovery: mesos,
    forwarder: options.mesosForwarder,
    model,
    log,
    ...options.streamTuning,
  });
  const marathonStream = createMarathonEvents({
    discovery: options.marathon,
    forwarder: options.marathonForwarder,
    model,
    log,
    ...(options.streamTuning?.retryMs !== undefined && { retryMs: options.streamTuning.retryMs }),
  });
  return {
    model,
    mesosStream,
    marathonStream,
    start() {
      // The stream goes first: when the master streams, the model never reads /master/state.
      model.setStateFeed('stream');
      mesosStream.start();
      marathonStream.start();
      model.start();
    },
    stop() {
      unsubscribeLeader();
      unsubscribeSnapshots();
      mesosStream.stop();
      marathonStream.stop();
      model.stop();
    },
  };
}
