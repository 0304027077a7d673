import { useTranslation } from 'react-i18next';
import type { TaskDetail } from '../../../../api/cluster-model';
import { hostPortLink } from '../../../shared/url/upstream-links';
import './task-ports.css';

/** The host ports the task holds, as links to the agent's host (what a load balancer would hit). */
export function TaskPorts({ task }: { task: TaskDetail }) {
  const { t } = useTranslation('tasks');
  if (task.hostPorts.length === 0) return <>{t('detail.noPorts')}</>;
  const host = task.agentHostname;
  return (
    <ul className="task-ports">
      {task.hostPorts.map((port) => {
        const href = hostPortLink(host, port);
        return (
          <li key={port}>
            {href === null ? (
              host === null ? (
                port
              ) : (
                `${host}:${port}`
              )
            ) : (
              <a href={href} target="_blank" rel="noreferrer">
                {`${host}:${port}`}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
