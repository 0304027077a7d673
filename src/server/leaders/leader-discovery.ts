import type { ClusterSide, ClusterSideStatus } from '../../api/cluster';
import type { LeaderListener } from './leader-state';

/** Finds and follows one side's leader; the proxy asks it before every upstream request. */
export interface LeaderDiscovery {
  readonly side: ClusterSide;
  /** Runs the first discovery round; resolves once it has an answer or gave up on it. */
  start(): Promise<void>;
  /** Base URL of the current leader, or null while none is known. */
  leader(): string | null;
  /** Re-discovers with information gathered after this call; resolves to the leader then. */
  rediscover(): Promise<string | null>;
  /**
   * An upstream named the leader (redirect target, X-Marathon-Leader); returns its base URL, or
   * null (and adopts nothing) when it is not a known node.
   */
  adopt(reported: string, reason: string): string | null;
  /** The known node an upstream-reported host, host:port or URL names (redirects); else null. */
  knownNode(reported: string): Promise<string | null>;
  /** Told after every change of leader, whether discovered or adopted; returns the unsubscribe. */
  onLeaderChange(listener: LeaderListener): () => void;
  /** The 503 message while there is no leader. */
  noLeaderMessage(): string;
  status(): ClusterSideStatus;
  close(): Promise<void>;
}
