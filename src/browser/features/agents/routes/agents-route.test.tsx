import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { serveRunningCluster } from '../../../testing/serve-running-cluster';

const api = serveRunningCluster();

function hostnames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1')
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('agents', () => {
  it('lists the simulated agents with their resources and sorts by a column', async () => {
    const { user, router } = renderApp({ route: '/agents' });
    const table = await screen.findByRole('table', { name: 'Agents' });
    await within(table).findByRole('link', { name: 'slave-3' });
    expect(hostnames(table)).toEqual(['slave-1', 'slave-2', 'slave-3']);
    expect(screen.getByText('3 agents')).toBeTruthy();
    const firstRow = within(table).getAllByRole('row')[1];
    expect(firstRow && within(firstRow).getByText('4 GB', { exact: false })).toBeTruthy();

    const header = within(table).getByRole('columnheader', { name: /Hostname/ });
    await user.click(within(header).getByRole('button'));

    expect(router.state.location.search).toBe('?sort=hostname&order=desc');
    await waitFor(() => expect(hostnames(table)).toEqual(['slave-3', 'slave-2', 'slave-1']));
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('filters agents by text kept in the URL', async () => {
    const { user, router } = renderApp({ route: '/agents' });
    const table = await screen.findByRole('table', { name: 'Agents' });
    await within(table).findByRole('link', { name: 'slave-3' });

    await user.type(screen.getByRole('textbox', { name: 'Filter agents' }), 'slave-2');

    await waitFor(() => expect(router.state.location.search).toBe('?q=slave-2'));
    await waitFor(() => expect(hostnames(table)).toEqual(['slave-2']));
  });

  it("shows an agent's resources, frameworks, executors and the tasks on it", async () => {
    const agent = api.cluster().agents()[0];
    if (!agent) throw new Error('no agent');
    renderApp({ route: `/agents/${encodeURIComponent(agent.id)}` });

    await screen.findByRole('heading', { level: 1, name: 'Agent slave-1' });
    const tasks = await screen.findByRole('table', { name: 'Tasks on this agent' });
    const taskLinks = within(tasks)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('/tasks/'));
    expect(taskLinks.length).toBeGreaterThan(0);
    expect(within(tasks).getAllByText('Running').length).toBe(taskLinks.length);

    const frameworks = screen.getByRole('table', { name: 'Frameworks on this agent' });
    expect(within(frameworks).getByRole('link', { name: 'marathon' })).toBeTruthy();
    const executors = await screen.findByRole('table', { name: 'Executors' });
    expect(within(executors).getAllByRole('link', { name: /Browse the sandbox of/ }).length).toBe(
      taskLinks.length,
    );
    expect(await screen.findByRole('figure', { name: /^CPUs .+ allocated now/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Search every task of this agent/ })).toHaveProperty(
      'pathname',
      '/tasks',
    );
  });
});
