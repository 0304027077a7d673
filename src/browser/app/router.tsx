import type { RouteObject } from 'react-router';
import { RootLayout } from './layout/root-layout';
import { NotFoundRoute } from './not-found-route';
import { pageRoutes } from './page-routes';
import { RouteErrorBoundary } from './route-error-boundary';

/**
 * Shared by the browser router (main.tsx) and the memory router of component tests. Page errors
 * render inside the layout, so the header and its leaders stay on screen.
 */
export const appRoutes: RouteObject[] = [
  {
    Component: RootLayout,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      {
        ErrorBoundary: RouteErrorBoundary,
        children: [
          ...pageRoutes.map(({ path, Component }): RouteObject => ({ path, Component })),
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ],
  },
];
