/** What other features use of the overview: the leading master's metrics. */
export { useMetricsSnapshot } from './api/get-metrics-snapshot';
