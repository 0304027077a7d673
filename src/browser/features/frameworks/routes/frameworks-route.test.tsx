import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { serveRunningCluster } from '../../../testing/serve-running-cluster';

serveRunningCluster();

describe('frameworks', () => {
  it('lists active, inactive and completed frameworks as tabs kept in the URL', async () => {
    const { user, router } = renderApp({ route: '/frameworks' });

    const active = await screen.findByRole('tab', { name: 'Active (1)' });
    expect(active.getAttribute('aria-selected')).toBe('true');
    const table = screen.getByRole('table', { name: 'Active' });
    expect(within(table).getByRole('link', { name: 'marathon' })).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Inactive (0)' }));
    expect(router.state.location.search).toBe('?tab=inactive');
    expect(screen.getByText('No framework is disconnected.')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: /^Completed \(\d+\)$/ }));
    expect(router.state.location.search).toBe('?tab=completed');
    const completed = screen.getByRole('table', { name: 'Completed' });
    expect(within(completed).queryByRole('link', { name: 'marathon' })).toBeNull();
  });

  it("shows a framework's details and only its tasks", async () => {
    const { user, router } = renderApp({ route: '/frameworks' });
    await user.click(await screen.findByRole('link', { name: 'marathon' }));

    await screen.findByRole('heading', { level: 1, name: 'Framework marathon' });
    expect(router.state.location.pathname).toMatch(/^\/frameworks\/.+/);
    const tasks = await screen.findByRole('table', { name: 'Tasks' });
    await within(tasks).findAllByRole('link', { name: '/nginx' });
    expect(screen.queryByRole('combobox', { name: 'Framework' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Filter tasks' })).toBeTruthy();
  });
});
