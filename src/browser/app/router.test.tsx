import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';
import { serveSimulatedCluster } from '../testing/simulated-api';

serveSimulatedCluster();

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
});
