/** What other features use of the cluster status: leaders and node reachability. */
export { useClusterStatus } from './api/get-cluster-status';
