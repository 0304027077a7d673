import type { Dispatcher } from 'undici';
import { probe } from './http-probe';
import type { LeaderState, StadiumLog } from './leader-state';
import { RefreshGate } from './refresh-gate';
import { DISCOVERY_INTERVAL_MS, StateBackedDiscovery } from './state-backed-discovery';
import type { ZookeeperAddress } from './zookeeper-address';
import {
  ZookeeperChildrenWatch,
  type ChildrenUpdate,
  type ZookeeperTimings,
} from './zookeeper-children-watch';
import type { Znode, ZnodeReading } from './znode-members';

export interface ZookeeperDiscoveryOptions {
  state: LeaderState;
  dispatcher: Dispatcher;
  address: ZookeeperAddress;
  /** The znode whose children are the side's members. */
  watchPath: string;
  read: (children: readonly Znode[]) => ZnodeReading;
  /** Path probed on each member for the reachability shown in /api/cluster. */
  reachabilityPath: string;
  log: StadiumLog;
  connectTimeoutMs?: number;
  zookeeper?: ZookeeperTimings;
}

/** Leader and members from ZooKeeper watches; members are also probed over HTTP for reachability. */
export class ZookeeperDiscovery extends StateBackedDiscovery {
  private readonly watch: ZookeeperChildrenWatch;
  private readonly reachability = new RefreshGate(() => this.probeMembers());
  /** Unreadable members already logged: one line each, not one per read. */
  private readonly reported = new Set<string>();

  constructor(private readonly options: ZookeeperDiscoveryOptions) {
    super(options.state);
    this.watch = new ZookeeperChildrenWatch(
      options.address,
      options.watchPath,
      (update) => this.apply(update),
      options.log,
      options.zookeeper,
    );
  }

  async start(): Promise<void> {
    await this.watch.start(this.options.connectTimeoutMs ?? 5_000);
    await this.reachability.refresh();
    this.refreshEvery(this.reachability, DISCOVERY_INTERVAL_MS);
  }

  async rediscover(): Promise<string | null> {
    await Promise.all([this.watch.read(), this.reachability.refresh()]);
    return this.state.leader();
  }

  adopt(reported: string, reason: string): string | null {
    return this.state.adopt(reported, reason);
  }

  override async close(): Promise<void> {
    await super.close();
    this.watch.close();
  }

  private apply(update: ChildrenUpdate): void {
    if (!update.ok) {
      // Losing ZooKeeper says nothing about who leads: keep following the last known leader
      // (redirects and X-Marathon-Leader still correct it) until ZooKeeper answers again.
      if (update.transient && this.state.leader() !== null) return;
      this.state.setLeader(null, update.problem);
      return;
    }
    const reading = this.options.read(update.children);
    const { watchPath, log } = this.options;
    for (const { name, problem } of reading.unreadable) {
      if (this.reported.has(name)) continue;
      this.reported.add(name);
      log(`zookeeper ${watchPath}/${name}: skipped, ${problem}`);
    }
    this.state.setUnreadable(
      reading.unreadable.map(({ name, problem }) => ({ path: `${watchPath}/${name}`, problem })),
    );
    this.state.setNodes(reading.members);
    this.state.setLeader(reading.leader, reading.problem, 'ZooKeeper');
    void this.reachability.refresh();
  }

  private async probeMembers(): Promise<void> {
    await Promise.all(
      this.state.knownUrls().map(async (url) => {
        const result = await probe(this.options.dispatcher, url, this.options.reachabilityPath);
        if (!result.ok) this.state.setReachable(url, false, result.error);
        else if (result.statusCode >= 500) {
          this.state.setReachable(url, false, `HTTP ${result.statusCode}`);
        } else this.state.setReachable(url, true);
      }),
    );
  }
}
