import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';
import { anotherClient } from '../../../testing/another-client';

const api = serveSimulatedCluster();

const marathon = (path: string, init?: RequestInit) => anotherClient(`/marathon/v2${path}`, init);

const appsTable = () => screen.findByRole('table', { name: 'Marathon apps' });
const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('the apps list', () => {
  it('lists the seed apps with instances, health, resources and what they run', async () => {
    api.cluster().advance(60_000);
    renderApp({ route: '/apps' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Apps' })).toBeTruthy();
    const table = await appsTable();
    await within(table).findByRole('link', { name: 'nginx' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.firstChild?.textContent),
    ).toEqual(['basic-0', 'nginx', 'tomcat']);

    const nginx = rowOf(table, 'nginx');
    expect(within(nginx).getByText('Running')).toBeTruthy();
    expect(within(nginx).getByText('1 / 1')).toBeTruthy();
    expect(within(nginx).getByRole('img').getAttribute('aria-label')).toBe(
      'Health of 1 running: 1 healthy, 0 unhealthy, 0 unknown',
    );
    expect(nginx.textContent).toContain('docker.io/nginx');
    expect(nginx.textContent).toContain('64 MB');
    expect(rowOf(table, 'basic-0').textContent).toContain('while [ true ]');
    expect(screen.getByRole('link', { name: 'Create application' }).getAttribute('href')).toBe(
      '/apps/new',
    );
    expect(screen.getByRole('link', { name: 'Apps' }).getAttribute('aria-current')).toBe('page');
  });

  it('searches every app by its full path and keeps the search in the URL', async () => {
    await marathon('/apps', {
      method: 'POST',
      body: JSON.stringify({ id: '/prod/web', cmd: 'sleep 1000', cpus: 0.1, mem: 16 }),
    });
    const { user, router } = renderApp({ route: '/apps' });
    const table = await appsTable();
    // Browsing shows the folder, not the app inside it.
    await within(table).findByRole('link', { name: 'Open folder /prod' });
    expect(within(table).queryByRole('link', { name: '/prod/web' })).toBeNull();

    await user.type(screen.getByRole('searchbox', { name: 'Search apps' }), 'prod/w');
    expect(router.state.location.search).toBe('?q=prod%2Fw');
    const found = await appsTable();
    expect(within(found).getByRole('link', { name: '/prod/web' }).getAttribute('href')).toBe(
      '/apps/%2Fprod%2Fweb',
    );
    expect(within(found).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('1 app matches.')).toBeTruthy();
  });

  it('opens a folder from the URL with a way back to all apps', async () => {
    await marathon('/apps', {
      method: 'POST',
      body: JSON.stringify({ id: '/prod/web', cmd: 'sleep 1000', cpus: 0.1, mem: 16 }),
    });
    const { user } = renderApp({ route: '/apps?group=%2Fprod' });
    const table = await appsTable();
    expect(await within(table).findByRole('link', { name: 'web' })).toBeTruthy();
    expect(within(table).queryByRole('link', { name: 'nginx' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'All apps' }));
    expect(await within(await appsTable()).findByRole('link', { name: 'nginx' })).toBeTruthy();
  });

  it('filters by status from the URL, and the filter shows as checked', async () => {
    // Seed apps are still deploying; suspending basic-0 (forced past its deployment) sets it apart.
    await marathon('/apps/basic-0?force=true', {
      method: 'PUT',
      body: JSON.stringify({ instances: 0 }),
    });
    api.cluster().advance(60_000);
    const { user, router } = renderApp({ route: '/apps?status=suspended' });
    const status = await screen.findByRole('group', { name: 'Status' });
    expect(
      within(status).getByRole<HTMLInputElement>('checkbox', { name: 'Suspended' }).checked,
    ).toBe(true);
    const table = await appsTable();
    await within(table).findByRole('link', { name: '/basic-0' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);

    await user.click(within(status).getByRole('checkbox', { name: 'Running' }));
    expect(router.state.location.search).toBe('?status=running&status=suspended');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
  });

  it('filters by health and label', async () => {
    await marathon('/apps', {
      method: 'POST',
      body: JSON.stringify({
        id: '/labelled',
        cmd: 'sleep 1000',
        cpus: 0.1,
        mem: 16,
        labels: { team: 'web' },
      }),
    });
    const { user, router } = renderApp({ route: '/apps' });
    await within(await appsTable()).findByRole('link', { name: 'labelled' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Label' }), 'team:web');
    expect(router.state.location.search).toBe('?label=team%3Aweb');
    const table = await appsTable();
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.firstChild?.textContent),
    ).toEqual(['Name', '/labelled']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.click(screen.getByRole('checkbox', { name: 'Unknown' }));
    // Nothing runs yet at model time 0: every app's health is unknown.
    expect(await screen.findByText('4 apps match.')).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    renderApp({ route: '/apps', language: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1, name: '应用' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '创建应用' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '部署' }).getAttribute('href')).toBe('/deployments');
    expect(await screen.findByRole('table', { name: 'Marathon 应用' })).toBeTruthy();
  });
});
