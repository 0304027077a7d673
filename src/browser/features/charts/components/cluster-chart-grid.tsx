import type { MetricsHistory } from '../../../../api/cluster-model';
import { RESOURCE_NAMES } from '../../../shared/resources/resource-names';
import { clusterUsage, liveTaskStates } from '../utils/chart-series';
import { ResourceHistoryChart } from './resource-history-chart';
import { TaskStatesChart } from './task-states-chart';
import './chart-frame.css';

/** Recharts drawings of the cluster's history; loaded lazily (Recharts stays out of the first load). */
export default function ClusterChartGrid({ history }: { history: MetricsHistory }) {
  return (
    <div className="chart-grid">
      {RESOURCE_NAMES.map((name) => (
        <ResourceHistoryChart key={name} name={name} points={clusterUsage(history, name)} />
      ))}
      <TaskStatesChart points={liveTaskStates(history)} />
    </div>
  );
}
