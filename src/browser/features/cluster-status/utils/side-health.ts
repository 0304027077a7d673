import type { ClusterSideStatus } from '../../../../api/cluster';
import { formatAddress } from '../../../shared/format/format-address';

interface NodeCount {
  answering: number;
  total: number;
}

export type SideHealth =
  | { kind: 'ok'; leader: string }
  | ({ kind: 'credentials-refused'; message: string } & NodeCount)
  | ({ kind: 'no-leader' } & NodeCount)
  | ({ kind: 'leader-not-answering'; leader: string } & NodeCount);

/** Whether a side can serve its views, with the leader as host:port and how many nodes answer. */
export function sideHealth(side: ClusterSideStatus): SideHealth {
  const count: NodeCount = {
    answering: side.nodes.filter((node) => node.reachable).length,
    total: side.nodes.length,
  };
  // Before "no leader": with credentials refused, that is why, and what to fix.
  if (side.credentialsRefused !== undefined) {
    return { kind: 'credentials-refused', message: side.credentialsRefused, ...count };
  }
  if (side.leader === null) return { kind: 'no-leader', ...count };
  const leader = formatAddress(side.leader);
  const leaderNode = side.nodes.find((node) => formatAddress(node.url) === leader);
  if (leaderNode && !leaderNode.reachable)
    return { kind: 'leader-not-answering', leader, ...count };
  return { kind: 'ok', leader };
}
