import { createClusterModel, type ClusterModel, type ClusterModelOptions } from '../cluster-model';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import type { StadiumLog } from '../leaders/leader-state';
import type { LeaderForwarder } from '../proxy/leader-forwarder';
import { createLeaderSources } from './leader-sources';

export interface ProxyClusterModel {
  model: ClusterModel;
  /** Stops polling and stops following the leader. */
  stop(): void;
}

/**
 * The one cluster model of a running proxy: fed through the leader-following forwarders, read
 * again as soon as the Mesos leader changes, and logging a failing source once per streak (not
 * on every retry) and when it recovers.
 */
export function createProxyClusterModel(options: {
  mesos: LeaderDiscovery;
  mesosForwarder: LeaderForwarder;
  marathonForwarder: LeaderForwarder;
  log: StadiumLog;
  tuning?: Omit<ClusterModelOptions, 'onError'>;
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
        state: 'cannot read /master/state',
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
    log('cluster model: reading /master/state again', {
      event: 'upstream-recovered',
      upstream: 'model',
    });
  });

  /** A poll already in flight may have asked the previous leader: then read once more. */
  async function refreshFromNewLeader(leader: string): Promise<void> {
    await model.refresh();
    if (mesos.leader() === leader && sources.lastStateOrigin() !== leader) await model.refresh();
  }
  const unsubscribeLeader = mesos.onLeaderChange((leader) => {
    if (leader !== null) void refreshFromNewLeader(leader);
  });

  return {
    model,
    stop() {
      unsubscribeLeader();
      unsubscribeSnapshots();
      model.stop();
    },
  };
}
