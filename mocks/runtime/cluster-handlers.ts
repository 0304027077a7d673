/** The cluster's MSW handlers, shared by msw/node in Vitest and the HTTP runtime. */
import type { RequestHandler } from 'msw';
import type { SimulatedCluster } from '../cluster';
import { clusterParts } from '../cluster';

export function createClusterHandlers(cluster: SimulatedCluster): RequestHandler[] {
  const { faults, isNode, mesosHandlers, marathonHandlers } = clusterParts(cluster);
  const rest = [...mesosHandlers, ...marathonHandlers];
  return [faults.handler(isNode, () => rest), ...rest];
}
