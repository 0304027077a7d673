import type { ClusterSideStatus } from '../../api/cluster';
import type { LeaderDiscovery } from './leader-discovery';
import type { LeaderListener, LeaderState } from './leader-state';
import type { RefreshGate } from './refresh-gate';

export const DISCOVERY_INTERVAL_MS = 2_000;

/**
 * What every discovery shares: it answers from its LeaderState, and keeps it fresh with a gate
 * refreshed on a timer that never holds the process open.
 */
export abstract class StateBackedDiscovery implements LeaderDiscovery {
  private timer: NodeJS.Timeout | undefined;

  protected constructor(protected readonly state: LeaderState) {}

  get side() {
    return this.state.side;
  }

  abstract start(): Promise<void>;
  abstract rediscover(): Promise<string | null>;
  abstract adopt(reported: string, reason: string): string | null;

  leader(): string | null {
    return this.state.leader();
  }

  knownNode(reported: string): Promise<string | null> {
    return this.state.resolveKnown(reported);
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

  protected refreshEvery(gate: RefreshGate, intervalMs: number): void {
    this.timer = setInterval(() => void gate.refresh(), intervalMs);
    this.timer.unref();
  }
}
