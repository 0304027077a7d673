export {
  createClusterModel,
  type ClusterModel,
  type ClusterModelOptions,
  type ClusterModelSources,
} from './cluster-model';
export { clusterModelRoutes } from './routes';
export { defaultPollInterval, type PollInfo } from './poll-schedule';
export type { ClusterSnapshot } from './snapshot';
