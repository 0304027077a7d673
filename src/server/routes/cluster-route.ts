import type { FastifyInstance } from 'fastify';
import type { ClusterStatus } from '../../api/cluster';
import type { LeaderDiscovery } from '../leaders/leader-discovery';

/** `/api/cluster`: both sides' leaders, known nodes and reachability, for the console header. */
export function registerClusterRoute(
  scope: FastifyInstance,
  sides: { mesos: LeaderDiscovery; marathon: LeaderDiscovery; simulated: boolean },
): void {
  scope.get('/api/cluster', async (_request, reply) => {
    const status: ClusterStatus = {
      simulated: sides.simulated,
      mesos: sides.mesos.status(),
      marathon: sides.marathon.status(),
    };
    return reply.header('cache-control', 'no-store').send(status);
  });
}
