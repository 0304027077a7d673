import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/app-providers';
import { createQueryClient } from '../app/query-client';
import { pageRoutes } from '../app/page-routes';
import { appRoutes } from '../app/router';
import { createI18n } from '../i18n/create-i18n';
import { resources, type Language } from '../i18n/resources';

// Pages are chunks the router loads on first visit; loading them all here, as importing the
// router once did, keeps the transform of a page's modules out of each test's find timeouts.
await Promise.all(pageRoutes.map((route) => route.load()));

/**
 * The whole console at `route`, as main.tsx mounts it, with a fresh QueryClient (no retries),
 * a memory router and its own i18n instance. Serve the API with `serveSimulatedCluster()`.
 */
export function renderApp({
  route = '/',
  language = 'en',
}: { route?: string; language?: Language } = {}) {
  const queryClient = createQueryClient({ retry: false });
  // Every language at hand, so tests in Chinese render without waiting for its chunk.
  const i18n = createI18n({ language, bundles: resources });
  const router = createMemoryRouter(appRoutes, { initialEntries: [route] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, queryClient, router, i18n };
}
