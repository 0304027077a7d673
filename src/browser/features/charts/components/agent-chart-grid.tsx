import type { AgentHistory } from '../../../../api/cluster-model';
import { RESOURCE_NAMES } from '../../../shared/resources/resource-names';
import { agentUsage } from '../utils/chart-series';
import { ResourceHistoryChart } from './resource-history-chart';
import './chart-frame.css';

/** Recharts drawings of one agent's allocation; loaded lazily like the cluster's. */
export default function AgentChartGrid({ history }: { history: AgentHistory }) {
  return (
    <div className="chart-grid">
      {RESOURCE_NAMES.map((name) => (
        <ResourceHistoryChart key={name} name={name} points={agentUsage(history, name)} />
      ))}
    </div>
  );
}
