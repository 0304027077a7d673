import type { Dispatcher } from 'undici';
import type { ClusterSide } from '../../api/cluster';
import { redactUserinfo } from '../redact-secrets';
import type { UpstreamSource } from '../upstream-source';
import type { LeaderDiscovery } from './leader-discovery';
import { LeaderState, type StadiumLog } from './leader-state';
import { MARATHON_LATCH_PATH, readMarathonLatch } from './marathon-latch-znodes';
import { MarathonStaticDiscovery } from './marathon-static-discovery';
import { MesosStaticDiscovery } from './mesos-static-discovery';
import { readMesosZnodes } from './mesos-znodes';
import type { ZookeeperTimings } from './zookeeper-children-watch';
import { ZookeeperDiscovery } from './zookeeper-discovery';

export interface DiscoveryOptions {
  side: ClusterSide;
  source: UpstreamSource;
  /** The URLs belong to Stadium's built-in simulated cluster. */
  simulated: boolean;
  dispatcher: Dispatcher;
  log: StadiumLog;
  zookeeper?: ZookeeperTimings;
}

/** The leader discovery for one side, chosen by how that side was configured. */
export function createDiscovery(options: DiscoveryOptions): LeaderDiscovery {
  const { side, source, dispatcher, log } = options;
  if (source.kind === 'static') {
    const state = new LeaderState(
      side,
      options.simulated ? 'simulated' : 'static',
      redactUserinfo(source.text),
      log,
    );
    state.setNodes(source.urls.map((url) => ({ url })));
    return side === 'mesos'
      ? new MesosStaticDiscovery(state, dispatcher)
      : new MarathonStaticDiscovery(state, dispatcher);
  }
  const state = new LeaderState(side, 'zookeeper', redactUserinfo(source.text), log);
  const { zookeeper } = source;
  return new ZookeeperDiscovery({
    state,
    dispatcher,
    address: zookeeper,
    log,
    ...(options.zookeeper && { zookeeper: options.zookeeper }),
    ...(side === 'mesos'
      ? { watchPath: zookeeper.path, read: readMesosZnodes, reachabilityPath: '/metrics/snapshot' }
      : {
          watchPath: `${zookeeper.path}/${MARATHON_LATCH_PATH}`,
          read: readMarathonLatch,
          reachabilityPath: '/ping',
        }),
  });
}
