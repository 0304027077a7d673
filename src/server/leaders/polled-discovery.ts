import type { Dispatcher } from 'undici';
import type { LeaderState } from './leader-state';
import { RefreshGate } from './refresh-gate';
import { DISCOVERY_INTERVAL_MS, StateBackedDiscovery } from './state-backed-discovery';

/** A discovery that asks the upstreams themselves, every couple of seconds and on demand. */
export abstract class PolledDiscovery extends StateBackedDiscovery {
  private readonly gate = new RefreshGate(() => this.round(performance.now()));

  constructor(
    state: LeaderState,
    protected readonly dispatcher: Dispatcher,
    private readonly intervalMs = DISCOVERY_INTERVAL_MS,
  ) {
    super(state);
  }

  async start(): Promise<void> {
    await this.gate.refresh();
    this.refreshEvery(this.gate, this.intervalMs);
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

  /** Probes the nodes; may set the leader only when no adoption happened since `startedAt`. */
  protected abstract round(startedAt: number): Promise<void>;

  protected mayDecideLeader(startedAt: number): boolean {
    return startedAt >= this.state.lastAdoptedAt;
  }
}
