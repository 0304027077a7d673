import { describe, expect, it } from 'vitest';
import type {
  MesosAgentFramework,
  MesosAgentState,
  MesosExecutor,
  MesosTask,
} from '../../../../api/mesos';
import { formatBytes } from './format-bytes';
import {
  basename,
  findTaskSandbox,
  joinPath,
  parentPath,
  sandboxCrumbs,
  virtualSandboxPath,
} from './sandbox-paths';

const WORK = '/var/lib/mesos/slaves/S1';

function executor(id: string, taskIds: { active?: string[]; completed?: string[] }, type?: string) {
  const task = (taskId: string) => ({ id: taskId }) as MesosTask;
  return {
    id,
    directory: `${WORK}/frameworks/F/executors/${id}/runs/C-${id}`,
    ...(type !== undefined && { type }),
    tasks: (taskIds.active ?? []).map(task),
    queued_tasks: [],
    completed_tasks: (taskIds.completed ?? []).map(task),
  } as unknown as MesosExecutor;
}

function framework(id: string, executors: MesosExecutor[], completed: MesosExecutor[] = []) {
  return { id, executors, completed_executors: completed } as unknown as MesosAgentFramework;
}

function state(frameworks: MesosAgentFramework[], completed: MesosAgentFramework[] = []) {
  return { frameworks, completed_frameworks: completed } as unknown as MesosAgentState;
}

describe('sandbox paths', () => {
  it('splits names and joins paths', () => {
    expect(basename('/a/b/stdout')).toBe('stdout');
    expect(basename('/a/b/')).toBe('b');
    expect(parentPath('/a/b/stdout')).toBe('/a/b');
    expect(parentPath('/a')).toBe('/');
    expect(joinPath('/a/b/', 'stdout')).toBe('/a/b/stdout');
  });

  it('starts breadcrumbs at the executor sandbox', () => {
    const root = `${WORK}/frameworks/F/executors/E/runs/C`;
    expect(sandboxCrumbs(`${root}/tasks/T/logs`, 'Sandbox')).toEqual([
      { label: 'Sandbox', path: root },
      { label: 'tasks', path: `${root}/tasks` },
      { label: 'T', path: `${root}/tasks/T` },
      { label: 'logs', path: `${root}/tasks/T/logs` },
    ]);
    expect(sandboxCrumbs('/frameworks/F/executors/E/runs/latest', 'Sandbox')).toEqual([
      { label: 'Sandbox', path: '/frameworks/F/executors/E/runs/latest' },
    ]);
  });

  it('gives a path outside any sandbox one crumb per directory', () => {
    expect(sandboxCrumbs('/var/log/mesos', 'Sandbox')).toEqual([
      { label: '/', path: '/' },
      { label: 'var', path: '/var' },
      { label: 'log', path: '/var/log' },
      { label: 'mesos', path: '/var/log/mesos' },
    ]);
  });

  it('finds a command task’s sandbox: the executor named after the task', () => {
    const agent = state([framework('F', [executor('T1', { active: ['T1'] })])]);
    expect(findTaskSandbox(agent, { frameworkId: 'F', taskId: 'T1', executorId: '' })).toBe(
      `${WORK}/frameworks/F/executors/T1/runs/C-T1`,
    );
  });

  it('finds a completed task under a completed framework', () => {
    const agent = state(
      [framework('F', [])],
      [framework('G', [], [executor('T2', { completed: ['T2'] })])],
    );
    expect(findTaskSandbox(agent, { frameworkId: 'G', taskId: 'T2' })).toBe(
      `${WORK}/frameworks/F/executors/T2/runs/C-T2`,
    );
  });

  it('finds a task run by a custom executor, by the tasks it lists', () => {
    const agent = state([framework('F', [executor('X', { completed: ['T3'] })])]);
    expect(findTaskSandbox(agent, { frameworkId: 'F', taskId: 'T3' })).toBe(
      `${WORK}/frameworks/F/executors/X/runs/C-X`,
    );
  });

  it('gives a task of a DEFAULT executor its own directory under the executor’s', () => {
    const agent = state([framework('F', [executor('E', { active: ['T4'] }, 'DEFAULT')])]);
    expect(findTaskSandbox(agent, { frameworkId: 'F', taskId: 'T4', executorId: 'E' })).toBe(
      `${WORK}/frameworks/F/executors/E/runs/C-E/tasks/T4`,
    );
  });

  it('finds nothing for a task the agent no longer knows; the virtual path stands in', () => {
    const agent = state([framework('F', [executor('T1', { active: ['T1'] })])]);
    const query = { frameworkId: 'F', taskId: 'gone' };
    expect(findTaskSandbox(agent, query)).toBeNull();
    expect(virtualSandboxPath(query)).toBe('/frameworks/F/executors/gone/runs/latest');
    expect(virtualSandboxPath({ ...query, executorId: 'E' })).toBe(
      '/frameworks/F/executors/E/runs/latest',
    );
  });

  it('formats sizes in binary units', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KiB');
    expect(formatBytes(2 * 1024 * 1024, 'en')).toBe('2 MiB');
  });
});
