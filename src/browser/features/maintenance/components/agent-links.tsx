import { Link } from 'react-router';
import type { MesosAgent } from '../../../../api/mesos';
import { paths } from '../../../shared/paths';

/** A machine's agents as links to their pages, by `label` (id or hostname); `empty` for none. */
export function AgentLinks({
  agents,
  label,
  empty,
}: {
  agents: readonly Pick<MesosAgent, 'id' | 'hostname'>[];
  label: 'id' | 'hostname';
  empty: string;
}) {
  if (agents.length === 0) return <>{empty}</>;
  return agents.map((agent, index) => (
    <span key={agent.id}>
      {index > 0 && ', '}
      <Link to={paths.agent.href(agent.id)}>{agent[label]}</Link>
    </span>
  ));
}
