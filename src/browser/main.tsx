import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/app-providers';
import { createQueryClient } from './app/query-client';
import { appRoutes } from './app/router';
import { applyThemePreference, readThemePreference } from './app/theme/theme-preference';
import { createI18n, i18nReady } from './i18n/create-i18n';
import './shared/styles/global.css';

// Before the first paint, so a pinned theme never flashes the OS theme.
applyThemePreference(readThemePreference());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const i18n = createI18n();
// English is bundled; a console in another language first loads that language's chunk.
await i18nReady(i18n);

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} i18n={i18n}>
      <RouterProvider router={createBrowserRouter(appRoutes)} />
    </AppProviders>
  </StrictMode>,
);
