import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/app-providers';
import { createQueryClient } from './app/query-client';
import { appRoutes } from './app/router';
import { applyThemePreference, readThemePreference } from './app/theme/theme-preference';
import { createI18n, i18nReady } from './i18n/create-i18n';
import { FIRST_ROWS_LIMIT_MS, handOffFirstRows } from './shared/first-rows';
import './shared/styles/global.css';
// The server's first rows of the tasks page use these before any page chunk has loaded.
import './shared/ui/swatch.css';
import './shared/ui/virtual-table/virtual-table.css';

// Before the first paint, so a pinned theme never flashes the OS theme.
applyThemePreference(readThemePreference());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const i18n = createI18n();
// English is bundled; a console in another language first loads that language's chunk.
await i18nReady(i18n);

setTimeout(handOffFirstRows, FIRST_ROWS_LIMIT_MS);
createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} i18n={i18n}>
      <RouterProvider router={createBrowserRouter(appRoutes)} />
    </AppProviders>
  </StrictMode>,
);
