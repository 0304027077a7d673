import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MesosFileInfo, MesosMasterState } from '../../../../api/mesos';
import type { TaskRow } from '../../../../api/cluster-model';
import { AppProviders } from '../../../app/app-providers';
import { createQueryClient } from '../../../app/query-client';
import { createI18n } from '../../../i18n/create-i18n';
import { apiUrl } from '../../../shared/api/api-client';
import { paths } from '../../../shared/paths';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';
import { SandboxLink, TaskLogLinks } from '../components/task-log-links';
import { formatBytes } from '../utils/format-bytes';

const api = serveSimulatedCluster();

beforeAll(() => {
  // jsdom has no layout; stepping through matches scrolls the current one into view.
  Element.prototype.scrollIntoView = function scrollIntoView() {};
});

interface RunningTask {
  agentId: string;
  frameworkId: string;
  taskId: string;
}

/** A running task of the seeded basic-0 app (a shell loop writing a line every 5 s). */
async function runningShellTask(): Promise<RunningTask> {
  api.cluster().advance(30_000);
  const state = (await (await fetch(apiUrl('/api/mesos/master/state'))).json()) as MesosMasterState;
  for (const framework of state.frameworks) {
    const task = framework.tasks.find(
      (candidate) => candidate.state === 'TASK_RUNNING' && candidate.id.startsWith('basic-0'),
    );
    if (task) return { agentId: task.slave_id, frameworkId: framework.id, taskId: task.id };
  }
  throw new Error('no running basic-0 task');
}

async function fileText(agentId: string, path: string): Promise<string> {
  const url = `/api/agents/${agentId}/files/download?${new URLSearchParams({ path }).toString()}`;
  return (await fetch(apiUrl(url))).text();
}

async function browse(agentId: string, path: string): Promise<MesosFileInfo[]> {
  const url = `/api/agents/${agentId}/files/browse?${new URLSearchParams({ path }).toString()}`;
  return (await (await fetch(apiUrl(url))).json()) as MesosFileInfo[];
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

describe('sandbox and logs', () => {
  it('finds a task’s sandbox and lists stdout and stderr with their sizes', async () => {
    const task = await runningShellTask();
    const { router } = renderApp({ route: paths.taskSandbox.href(task) });

    const table = await screen.findByRole('table', { name: /^Files in / });
    const path = new URLSearchParams(router.state.location.search).get('path') ?? '';
    expect(router.state.location.pathname).toBe(`/agents/${task.agentId}/browse`);
    expect(path).toContain(`/frameworks/${task.frameworkId}/executors/${task.taskId}/runs/`);

    const entries = await browse(task.agentId, path);
    for (const name of ['stdout', 'stderr']) {
      const row = within(table).getByRole('rowheader', { name }).closest('tr');
      if (!row) throw new Error(`no row for ${name}`);
      const size = entries.find((entry) => entry.path.endsWith(`/${name}`))?.size ?? -1;
      expect(within(row).getByText(formatBytes(size, 'en'))).toBeDefined();
      expect(within(row).getByRole('link', { name }).getAttribute('href')).toBe(
        paths.sandboxFile.href(task.agentId, `${path}/${name}`),
      );
      expect(
        within(row)
          .getByRole('link', { name: `Download ${name}` })
          .getAttribute('href'),
      ).toBe(
        `/api/agents/${task.agentId}/files/download?${new URLSearchParams({ path: `${path}/${name}` }).toString()}`,
      );
    }
    const crumbs = screen.getByRole('navigation', { name: 'Path' });
    expect(within(crumbs).getByText('Sandbox').getAttribute('aria-current')).toBe('page');
  });

  it('opens a running task’s stdout at its end and shows new lines as the task writes them', async () => {
    const task = await runningShellTask();
    renderApp({ route: paths.taskSandbox.href(task, 'stdout') });

    const log = await screen.findByRole('log', { name: 'Contents of stdout' });
    expect(screen.getByRole('button', { name: 'Follow' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const path = `/frameworks/${task.frameworkId}/executors/${task.taskId}/runs/latest/stdout`;
    const before = await fileText(task.agentId, path);
    await waitFor(() => expect(log.textContent).toContain(lastLine(before)));
    expect(log.textContent).toContain('Starting task');

    api.cluster().advance(20_000);
    const after = await fileText(task.agentId, path);
    expect(lastLine(after)).not.toBe(lastLine(before));
    await waitFor(() => expect(log.textContent).toContain(lastLine(after)), { timeout: 4_000 });
    expect(log.textContent?.endsWith(after.slice(before.length))).toBe(true);
  });

  it('searches the loaded text and steps through the matches', async () => {
    const task = await runningShellTask();
    const { user, router } = renderApp({ route: paths.taskSandbox.href(task, 'stdout') });
    const log = await screen.findByRole('log', { name: 'Contents of stdout' });
    await waitFor(() => expect(log.textContent).toContain('Hello hello'));
    const expected = (log.textContent?.match(/hello/gi) ?? []).length;

    await user.type(screen.getByRole('searchbox', { name: 'Search the loaded text' }), 'HELLO');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('HELLO');
    expect(log.querySelectorAll('mark')).toHaveLength(expected);
    expect(screen.getByText(`1 of ${expected} matches`)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Next match' }));
    expect(screen.getByText(`2 of ${expected} matches`)).toBeDefined();
    expect(log.querySelector('mark.log-text__match--current')?.getAttribute('data-match')).toBe(
      '1',
    );
    // Going to a match stops following, so the view stays where the match is.
    expect(screen.getByRole('button', { name: 'Follow' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await user.click(screen.getByRole('button', { name: 'Previous match' }));
    await user.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(screen.getByText(`${expected} of ${expected} matches`)).toBeDefined();

    await user.clear(screen.getByRole('searchbox', { name: 'Search the loaded text' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search the loaded text' }), 'zzz');
    expect(screen.getByText('No matches')).toBeDefined();
  });

  it('keeps follow and wrapping in the URL', async () => {
    const task = await runningShellTask();
    const { user, router } = renderApp({ route: paths.taskSandbox.href(task, 'stderr') });
    await screen.findByRole('log', { name: 'Contents of stderr' });
    const search = () => new URLSearchParams(router.state.location.search);
    expect(search().get('follow')).toBe('1');

    await user.click(screen.getByRole('button', { name: 'Follow' }));
    expect(search().get('follow')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Wrap lines' }));
    expect(search().get('wrap')).toBe('1');
    expect(screen.getByRole('button', { name: 'Wrap lines' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const download = screen.getByRole('link', { name: 'Download stderr' });
    expect(download.getAttribute('download')).toBe('stderr');
    expect(download.getAttribute('href')).toMatch(/\/files\/download\?path=.*%2Fstderr$/);
  });

  it('says when a path is not on the agent, and when the agent is gone', async () => {
    const agentId = api.cluster().agents()[0]?.id ?? '';
    renderApp({
      route: paths.sandboxBrowse.href(agentId, '/frameworks/nope/executors/x/runs/latest'),
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      `Nothing is at /frameworks/nope/executors/x/runs/latest on agent ${agentId}.`,
    );
  });

  it('says when the agent is not known any more', async () => {
    renderApp({ route: paths.sandboxFile.href('S-gone', '/x/stdout') });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Agent S-gone is not reachable through the leading master any more.',
    );
  });

  it('shows in Chinese', async () => {
    const task = await runningShellTask();
    renderApp({ route: paths.taskSandbox.href(task, 'stdout'), language: 'zh-CN' });
    expect(await screen.findByRole('log', { name: 'stdout 的内容' })).toBeDefined();
    expect(screen.getByRole('button', { name: '跟随' })).toBeDefined();
  });
});

describe('task log links', () => {
  it('link a task row to its stdout, stderr and sandbox', async () => {
    const task = {
      id: 'web.1',
      agentId: 'S1',
      frameworkId: 'F1',
    } as TaskRow;
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <>
            <TaskLogLinks task={task} />
            <SandboxLink task={{ ...task, executorId: 'E1' } as TaskRow} />
          </>
        ),
      },
    ]);
    render(
      <AppProviders
        queryClient={createQueryClient({ retry: false })}
        i18n={createI18n({ language: 'en' })}
      >
        <RouterProvider router={router} />
      </AppProviders>,
    );
    const group = await screen.findByRole('group', { name: 'Logs of task web.1' });
    expect(
      within(group).getByRole('link', { name: 'stdout of task web.1' }).getAttribute('href'),
    ).toBe('/agents/S1/sandbox?framework=F1&task=web.1&file=stdout');
    expect(
      within(group).getByRole('link', { name: 'stderr of task web.1' }).getAttribute('href'),
    ).toBe('/agents/S1/sandbox?framework=F1&task=web.1&file=stderr');
    expect(
      screen.getByRole('link', { name: 'Browse the sandbox of task web.1' }).getAttribute('href'),
    ).toBe('/agents/S1/sandbox?framework=F1&task=web.1&executor=E1');
  });
});
