/**
 * The simulated Mesos + Marathon cluster: one model, served by MSW handlers or real HTTP (the
 * demo, e2e, bench and tests). The emulation of Stadium's own API is test-only: mocks/emulation.
 */
export { createSimulatedCluster } from './cluster';
export { DEFAULT_START_TIME } from './mesos';
export type { SimulatedCluster, SimulatedClusterOptions } from './cluster';
export { createClusterHandlers } from './runtime/cluster-handlers';
export { serveCluster } from './runtime/serve-cluster';
export type { ServeClusterOptions, ServedCluster } from './runtime/serve-cluster';
export { answerAsMarathonInstance, type MarathonHaView } from './marathon/marathon-ha';
export { registerInZooKeeper } from './runtime/zookeeper-registration';
export type { ZooKeeperRegistration } from './runtime/zookeeper-registration';
