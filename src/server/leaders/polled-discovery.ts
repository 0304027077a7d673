import type { Dispatcher } from 'undici';
import type { ClusterSideStatus } from '../../api/cluster';
import type { LeaderDiscovery } from './leader-discovery';
import type { LeaderListener, LeaderState } from './leader-state';
import { RefreshGate } from './refresh-gate';

export const DISCOVERY_INTERVAL_MS = 2_000;

/** A discovery that asks the upstreams themselves, every couple of seconds and on demand. */
export abstract class PolledDiscovery implements LeaderDiscovery {
  private readonly gate = new RefreshGate(() => this.round(performance.now()));
  private timer: NodeJS.Timeout | undefined;

  constructor(
    protected readonly state: LeaderState,
    protected readonly dispatcher: Dispatcher,
    private readonly intervalMs = DISCOVERY_INTERVAL_MS,
  ) {}

  get side() {
    return this.state.side;
  }

  async start(): Promise<void> {
    await this.gate.refresh();
    this.timer = setInterval(() => void this.gate.refresh(), this.intervalMs);
    this.timer.unref();
  }

  leader(): string | null {
    return this.state.leader();
  }

  async rediscover(): Promise<string | null> {
    await this.gate.refresh();
    return this.state.leader();
  }

  adopt(reported: string, reason: string): string | null {
    const before = this.state.leader();
    const url = this.state.adopt(reported, reason);
    // Confirm a change with a full round started after it, which also refreshes reachability.
    if (url !== before) void this.gate.refresh();
    return url;
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
  }

  /** Probes the nodes; may set the leader only when no adoption happened since `startedAt`. */
  protected abstract round(startedAt: number): Promise<void>;

  protected mayDecideLeader(startedAt: number): boolean {
    return startedAt >= this.state.lastAdoptedAt;
  }
}
