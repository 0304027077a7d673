import type { FastifyInstance } from 'fastify';
import type { ClusterSide, ClusterStatus } from '../../api/cluster';
import { isCredentialsRefusal } from '../access/credential-refusals';
import type { LeaderDiscovery } from '../leaders/leader-discovery';

/** `/api/cluster`: both sides' leaders, known nodes and reachability, for the console header. */
export function registerClusterRoute(
  scope: FastifyInstance,
  sides: {
    mesos: LeaderDiscovery;
    marathon: LeaderDiscovery;
    simulated: boolean;
    /** The side's last answer refused Stadium's credentials: why (LeaderForwarder). */
    credentialsRefusal: Record<ClusterSide, () => string | undefined>;
  },
): void {
  const sideStatus = (side: ClusterSide) => {
    const status = sides[side].status();
    const refusal =
      sides.credentialsRefusal[side]() ??
      status.nodes.find((node) => isCredentialsRefusal(node.error))?.error;
    return { ...status, ...(refusal !== undefined && { credentialsRefused: refusal }) };
  };
  scope.get('/api/cluster', async (_request, reply) => {
    const status: ClusterStatus = {
      simulated: sides.simulated,
      mesos: sideStatus('mesos'),
      marathon: sideStatus('marathon'),
    };
    return reply.header('cache-control', 'no-store').send(status);
  });
}
