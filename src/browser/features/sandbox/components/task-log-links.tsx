import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskDetail, TaskRow } from '../../../../api/cluster-model';
import { paths } from '../../../shared/paths';
import './task-log-links.css';

interface TaskLinkProps {
  task: TaskRow | TaskDetail;
}

/** Rows carry no executor id; a detail's "" means the command executor, which the agent's state tells too. */
function sandboxOf(task: TaskRow | TaskDetail) {
  return {
    agentId: task.agentId,
    frameworkId: task.frameworkId,
    taskId: task.id,
    executorId: 'executorId' in task ? task.executorId : undefined,
  };
}

/** The task's stdout and stderr, each one click away, opened in the viewer and following. */
export function TaskLogLinks({ task }: TaskLinkProps) {
  const { t } = useTranslation('sandbox');
  const sandbox = sandboxOf(task);
  return (
    <span
      className="task-log-links"
      role="group"
      aria-label={t('links.label', { taskId: task.id })}
    >
      <Link
        to={paths.taskSandbox.href(sandbox, 'stdout')}
        aria-label={t('links.stdoutOf', { taskId: task.id })}
      >
        {t('links.stdout')}
      </Link>
      <Link
        to={paths.taskSandbox.href(sandbox, 'stderr')}
        aria-label={t('links.stderrOf', { taskId: task.id })}
      >
        {t('links.stderr')}
      </Link>
    </span>
  );
}

/** "Browse the sandbox": the task's sandbox directory in the sandbox browser. */
export function SandboxLink({ task }: TaskLinkProps) {
  const { t } = useTranslation('sandbox');
  return (
    <Link
      to={paths.taskSandbox.href(sandboxOf(task))}
      aria-label={t('links.browseOf', { taskId: task.id })}
    >
      {t('links.browse')}
    </Link>
  );
}
