import { useTranslation } from 'react-i18next';
import type { TaskDetail } from '../../../../api/cluster-model';
import './task-ports.css';

/** The host ports the task holds, as links to the agent's host (what a load balancer would hit). */
export function TaskPorts({ task }: { task: TaskDetail }) {
  const { t } = useTranslation('tasks');
  if (task.hostPorts.length === 0) return <>{t('detail.noPorts')}</>;
  const host = task.agentHostname;
  return (
    <ul className="task-ports">
      {task.hostPorts.map((port) => (
        <li key={port}>
          {host === null ? (
            port
          ) : (
            <a href={`http://${host}:${port}`} target="_blank" rel="noreferrer">
              {`${host}:${port}`}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
