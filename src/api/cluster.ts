/**
 * Stadium's own endpoints (served by the proxy under /api/cluster), shared by the proxy that
 * writes them and the browser that reads them.
 */

export type ClusterSide = 'mesos' | 'marathon';

export interface ClusterNodeStatus {
  /** Base URL the proxy uses, e.g. `http://10.0.0.1:5050`. */
  url: string;
  /** Whether the node answered the last probe. */
  reachable: boolean;
  /** Whether this node is the side's current leader. */
  leader: boolean;
  /** The last probe error, if the node did not answer; for an unreadable member, why. */
  error?: string;
  /**
   * A ZooKeeper member whose data Stadium cannot use (a port of 99999, a host name with a
   * space): `url` is then its znode path, and it is never asked or followed.
   */
  unreadable?: true;
}

export interface ClusterSideStatus {
  /** Base URL of the current leader, or null while none is known. */
  leader: string | null;
  /** `static` (a URL list) or `zookeeper` (a zk:// string). */
  discovery: 'static' | 'zookeeper' | 'simulated';
  /** The flag value the side was configured with (zk:// string or URL list). */
  source: string;
  nodes: ClusterNodeStatus[];
  /** When the leader last changed, epoch milliseconds. */
  leaderSince: number | null;
  /** Set while the side has no usable leader: why. */
  problem?: string;
  /** Set while the side's last answer refused Stadium's credentials (401/403): why. */
  credentialsRefused?: string;
}

export interface ClusterStatus {
  /** True when Stadium started its built-in simulated cluster (no --mesos / --marathon). */
  simulated: boolean;
  mesos: ClusterSideStatus;
  marathon: ClusterSideStatus;
}
