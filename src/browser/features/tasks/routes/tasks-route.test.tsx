import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clusterKeys } from '../../../shared/api/query-keys';
import { renderApp } from '../../../testing/render-app';
import { serveRunningCluster } from '../../../testing/serve-running-cluster';

const api = serveRunningCluster();

const ui = {
  table: () => screen.findByRole('table', { name: 'Tasks' }),
  filter: () => screen.findByRole('textbox', { name: 'Filter tasks' }),
};

/** The id cells of the rendered rows, in order. */
function taskIds(table: HTMLElement): string[] {
  return within(table)
    .queryAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1')
    .map((row) => within(row).queryAllByRole('cell')[0]?.textContent ?? '');
}

async function loadedIds(): Promise<string[]> {
  const table = await ui.table();
  await waitFor(() => expect(within(table).queryAllByRole('link').length).toBeGreaterThan(0));
  return taskIds(table);
}

describe('tasks page', () => {
  it('takes over from the rows the server drew once its own rows are in, and not before', async () => {
    document.body.insertAdjacentHTML(
      'afterbegin',
      '<div data-first-rows><p>Rows drawn by the server</p></div><div id="root" data-behind-first-rows></div>',
    );
    const root = document.getElementById('root');
    renderApp({ route: '/tasks' });
    expect(document.querySelector('[data-first-rows]')).not.toBeNull();
    expect(root?.hasAttribute('data-behind-first-rows')).toBe(true);
    const table = await ui.table();
    await within(table).findAllByRole('link', { name: '/nginx' });
    await waitFor(() => expect(document.querySelector('[data-first-rows]')).toBeNull());
    expect(root?.hasAttribute('data-behind-first-rows')).toBe(false);
    root?.remove();
  });

  it('lists the active tasks with their app, agent and log links, and the total', async () => {
    renderApp({ route: '/tasks' });
    const table = await ui.table();
    await screen.findByText(/^\d+ tasks$/);

    const nginx = await within(table).findAllByRole('link', { name: '/nginx' });
    expect(nginx[0]?.getAttribute('href')).toBe('/apps/%2Fnginx');
    expect(within(table).getAllByRole('link', { name: 'slave-1' }).length).toBeGreaterThan(0);
    expect(within(table).getAllByRole('group', { name: /Logs of/ }).length).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: 'Active' }).getAttribute('aria-selected')).toBe('true');
  });

  it('writes the filter and sort into the URL', async () => {
    const { user, router } = renderApp({ route: '/tasks' });
    const everyTask = await loadedIds();
    expect(everyTask.some((id) => id.startsWith('tomcat'))).toBe(true);

    await user.type(await ui.filter(), 'nginx');
    await waitFor(() => expect(router.state.location.search).toBe('?q=nginx'));
    await waitFor(async () => {
      const ids = await loadedIds();
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => id.startsWith('nginx'))).toBe(true);
    });

    const table = await ui.table();
    const idHeader = within(table).getByRole('columnheader', { name: /ID/ });
    expect(idHeader.getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(idHeader).getByRole('button'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=nginx&sort=id&order=desc'));
    expect(idHeader.getAttribute('aria-sort')).toBe('descending');
    await waitFor(async () => {
      const ids = await loadedIds();
      expect(ids).toEqual([...ids].sort().reverse());
    });
  });

  it('shows the same filtered, sorted view after a remount from the URL', async () => {
    const first = renderApp({ route: '/tasks' });
    await loadedIds();
    await first.user.type(await ui.filter(), 'tomcat');
    const table = await ui.table();
    await first.user.click(
      within(within(table).getByRole('columnheader', { name: /ID/ })).getByRole('button'),
    );
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(first.router.state.location.search))).toEqual({
        q: 'tomcat',
        sort: 'id',
        order: 'desc',
      }),
    );
    const { pathname, search } = first.router.state.location;
    first.unmount();

    renderApp({ route: `${pathname}${search}` });

    expect(await ui.filter()).toHaveProperty('value', 'tomcat');
    await waitFor(async () => {
      const ids = await loadedIds();
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => id.startsWith('tomcat'))).toBe(true);
      expect(ids).toEqual([...ids].sort().reverse());
    });
    const remounted = await ui.table();
    expect(
      within(remounted).getByRole('columnheader', { name: /ID/ }).getAttribute('aria-sort'),
    ).toBe('descending');
  });

  it('switches to completed tasks with a tab kept in the URL', async () => {
    const { user, router } = renderApp({ route: '/tasks' });
    await loadedIds();

    await user.click(screen.getByRole('tab', { name: 'Completed' }));

    expect(router.state.location.search).toBe('?state=completed');
    expect(screen.getByRole('tab', { name: 'Completed' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await screen.findByText(/^\d+ tasks?$/);
  });

  it('keeps the rows and says since when they are once the master cannot be read', async () => {
    const { queryClient } = renderApp({ route: '/tasks' });
    const before = await loadedIds();
    expect(screen.queryByText(/what you see is as of/)).toBeNull();

    const { mesos } = api.cluster();
    mesos.masters().forEach((_, index) => mesos.stopMaster(index));
    api.cluster().advance(60_000);
    await act(() => queryClient.refetchQueries({ queryKey: clusterKeys.all }));

    // Since when, and how old that is.
    expect(
      await screen.findByText(/what you see is as of .+ \(\d+ (seconds?|minutes?) ago\)/),
    ).toBeTruthy();
    expect(await loadedIds()).toEqual(before);
  });
});
