import type { Dispatcher } from 'undici';
import type { ClusterSideStatus } from '../../api/cluster';
import { probe } from './http-probe';
import type { LeaderDiscovery } from './leader-discovery';
import type { LeaderListener, LeaderState, StadiumLog } from './leader-state';
import { DISCOVERY_INTERVAL_MS } from './polled-discovery';
import { RefreshGate } from './refresh-gate';
import type { ZookeeperAddress } from './zookeeper-address';
import { ZookeeperChildrenWatch, type ChildrenUpdate } from './zookeeper-children-watch';
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
}

/** Leader and members from ZooKeeper watches; members are also probed over HTTP for reachability. */
export class ZookeeperDiscovery implements LeaderDiscovery {
  private readonly state: LeaderState;
  private readonly watch: ZookeeperChildrenWatch;
  private readonly reachability = new RefreshGate(() => this.probeMembers());
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ZookeeperDiscoveryOptions) {
    this.state = options.state;
    this.watch = new ZookeeperChildrenWatch(
      options.address,
      options.watchPath,
      (update) => this.apply(update),
      options.log,
    );
  }

  get side() {
    return this.state.side;
  }

  async start(): Promise<void> {
    await this.watch.start(this.options.connectTimeoutMs ?? 5_000);
    await this.reachability.refresh();
    this.timer = setInterval(() => void this.reachability.refresh(), DISCOVERY_INTERVAL_MS);
    this.timer.unref();
  }

  leader(): string | null {
    return this.state.leader();
  }

  async rediscover(): Promise<string | null> {
    await Promise.all([this.watch.read(), this.reachability.refresh()]);
    return this.state.leader();
  }

  adopt(reported: string, reason: string): string | null {
    return this.state.adopt(reported, reason);
  }

  onLeaderChange(listener: LeaderListener): () => void {
    return this.state.onLeaderChange(listener);
  }

  noLeaderMessage(): string {
    return this.state.noLeaderMessage();
  }

  status(): ClusterSideStatus {
    return this.state.status();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.watch.close();
  }

  private apply(update: ChildrenUpdate): void {
    if (!update.ok) {
      this.state.setLeader(null, update.problem);
      return;
    }
    const reading = this.options.read(update.children);
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
