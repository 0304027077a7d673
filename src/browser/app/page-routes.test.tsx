import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { preloadGet } from '../shared/api/api-client';
import { paths } from '../shared/paths';
import { renderApp } from '../testing/render-app';
import { serveRunningCluster } from '../testing/serve-running-cluster';
import { pageRouteAt } from './page-routes';

const api = serveRunningCluster();

describe('pageRouteAt', () => {
  it('finds the page a path opens, literal segments before parameters', () => {
    expect(pageRouteAt('/tasks')?.path).toBe(paths.tasks.pattern);
    expect(pageRouteAt('/tasks/web.1a2b')?.path).toBe(paths.task.pattern);
    expect(pageRouteAt('/apps/new')?.path).toBe(paths.appNew.pattern);
    expect(pageRouteAt('/apps/%2Fprod%2Fweb')?.path).toBe(paths.app.pattern);
    expect(pageRouteAt('/agents/a1/browse')?.path).toBe(paths.sandboxBrowse.pattern);
    expect(pageRouteAt('/')?.path).toBe(paths.overview.pattern);
    expect(pageRouteAt('/no/such/page')).toBeUndefined();
  });
});

describe('page preloads', () => {
  it('ask for exactly what the tasks page reads first, so the page adopts the answer', async () => {
    const route = '/tasks?q=nginx&order=desc&sort=name';
    const url = new URL(route, window.location.origin);
    const preloads = pageRouteAt(url.pathname)?.preload?.({ search: url.searchParams }) ?? [];
    expect(preloads).toHaveLength(1);
    const seen: string[] = [];
    api.answerFirst(
      http.get('*/api/cluster/tasks', ({ request }) => {
        const { pathname, search } = new URL(request.url);
        seen.push(`${pathname}${search}`);
      }),
    );
    for (const path of preloads) preloadGet(path);

    renderApp({ route });
    const table = await screen.findByRole('table', { name: 'Tasks' });
    await within(table).findAllByRole('link', { name: '/nginx' });
    // One read of the first page: the preload, which the table took instead of asking again.
    expect(seen).toEqual(preloads);
  });
});
