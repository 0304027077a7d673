/** The part of charts other features may import; everything else in the folder is its own. */
export { AgentAllocationChart } from './components/agent-allocation-chart';
export { ClusterResourceCharts } from './components/cluster-resource-charts';
