import type { MesosAgentFramework, MesosAgentState, MesosExecutor } from '../../../../api/mesos';

export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || '/';
}

export function parentPath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  return slash <= 0 ? '/' : trimmed.slice(0, slash);
}

export function joinPath(directory: string, name: string): string {
  return `${directory.replace(/\/+$/, '')}/${name}`;
}

export interface Crumb {
  label: string;
  path: string;
}

/** An executor sandbox: the directory itself, or one of its names (real, `runs/latest`, virtual). */
const SANDBOX_ROOT = /^.*?\/frameworks\/[^/]+\/executors\/[^/]+\/runs\/[^/]+/;

/**
 * Breadcrumbs of a sandbox path. Above the executor sandbox nothing is browsable (the agent
 * attaches sandboxes only), so the sandbox itself is the first crumb, named `sandboxLabel`;
 * a path outside any sandbox gets one crumb per directory from `/`.
 */
export function sandboxCrumbs(path: string, sandboxLabel: string): Crumb[] {
  const root = SANDBOX_ROOT.exec(path)?.[0];
  const crumbs: Crumb[] = root
    ? [{ label: sandboxLabel, path: root }]
    : [{ label: '/', path: '/' }];
  const rest = path.slice(root?.length ?? 0);
  let current = root ?? '';
  for (const part of rest.split('/')) {
    if (part === '') continue;
    current = `${current}/${part}`;
    crumbs.push({ label: part, path: current });
  }
  return crumbs;
}

export interface TaskSandboxQuery {
  frameworkId: string;
  taskId: string;
  /** Unknown, or "" for the command executor: the agent's state tells. */
  executorId?: string;
}

function runsTask(executor: MesosExecutor, taskId: string): boolean {
  return [executor.tasks, executor.queued_tasks, executor.completed_tasks].some((tasks) =>
    tasks.some((task) => task.id === taskId),
  );
}

function executorOf(frameworks: MesosAgentFramework[], query: TaskSandboxQuery) {
  const executors = frameworks
    .filter((framework) => framework.id === query.frameworkId)
    .flatMap((framework) => [...framework.executors, ...framework.completed_executors]);
  const executorId = query.executorId || query.taskId;
  return (
    executors.find((executor) => executor.id === executorId && runsTask(executor, query.taskId)) ??
    executors.find((executor) => runsTask(executor, query.taskId)) ??
    executors.find((executor) => executor.id === executorId)
  );
}

/**
 * The task's sandbox directory from the agent's own state (active frameworks and executors
 * before completed ones). Under a DEFAULT (task group) executor each task has its own directory
 * below the executor's. Null when the agent does not know the task any more.
 */
export function findTaskSandbox(state: MesosAgentState, query: TaskSandboxQuery): string | null {
  const executor =
    executorOf(state.frameworks, query) ?? executorOf(state.completed_frameworks, query);
  if (!executor) return null;
  return executor.type === 'DEFAULT'
    ? joinPath(executor.directory, `tasks/${query.taskId}`)
    : executor.directory;
}

/** The 1.5+ virtual name of the executor's latest run, for when the agent's state has no match. */
export function virtualSandboxPath(query: TaskSandboxQuery): string {
  const executorId = query.executorId || query.taskId;
  return `/frameworks/${query.frameworkId}/executors/${executorId}/runs/latest`;
}
