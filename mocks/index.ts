/** The simulated Mesos + Marathon cluster: one model, served by MSW handlers or real HTTP. */
export { createSimulatedCluster } from './cluster';
export { DEFAULT_START_TIME } from './mesos';
export type { SimulatedCluster, SimulatedClusterOptions } from './cluster';
export { createClusterHandlers } from './runtime/cluster-handlers';
export { serveCluster } from './runtime/serve-cluster';
export type { ServeClusterOptions, ServedCluster } from './runtime/serve-cluster';
export { createStadiumApiHandlers, OPEN_SESSION } from './stadium-api-handlers';
