import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { renderApp } from '../testing/render-app';
import { serveSimulatedCluster } from '../testing/simulated-api';

const api = serveSimulatedCluster();

describe('routes', () => {
  it('answers an unknown path with a not-found page inside the layout', async () => {
    const { user } = renderApp({ route: '/no/such/page' });

    const main = screen.getByRole('main');
    expect(await within(main).findByRole('heading', { name: 'Page not found' })).toBeDefined();
    expect(within(main).getByText('Nothing lives at /no/such/page.')).toBeDefined();
    expect(screen.getByRole('banner')).toBeDefined();

    await user.click(within(main).getByRole('link', { name: 'Go to the overview' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeDefined();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('shows a page that throws while rendering as an error panel; the rest keeps working', async () => {
    // React and the router log the caught error; that is expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => quiet.mockRestore());
    // A summary the overview cannot digest (what a broken upstream could make of it).
    let broken = true;
    api.answerFirst(
      http.get('*/api/cluster/summary', () =>
        broken ? HttpResponse.json({ status: { stale: false } }) : undefined,
      ),
    );
    const { user } = renderApp({ route: '/' });
    const main = screen.getByRole('main');
    const panel = await within(main).findByRole('alert');
    expect(within(panel).getByRole('heading', { name: 'Something went wrong' })).toBeDefined();
    // Header and navigation stay, and navigation works.
    expect(screen.getByRole('banner')).toBeDefined();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Deployments' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deployments' })).toBeDefined();
    await user.click(within(nav).getByRole('link', { name: 'Overview' }));
    await within(main).findByRole('alert');

    // Once the data is good again, "Try again" renders the page without a reload.
    broken = false;
    await user.click(within(main).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeDefined();
    expect(await within(main).findByRole('region', { name: 'CPUs' })).toBeDefined();
    expect(within(main).queryByRole('alert')).toBeNull();
  });
});
