import { lazy, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { LoadingNotice } from '../shared/ui/loading-notice';
import { RootLayout } from './layout/root-layout';
import { NotFoundRoute } from './not-found-route';
import { pageRoutes } from './page-routes';
import { RouteErrorBoundary } from './route-error-boundary';

/** Pages load their own chunks; the layout stays on screen while one arrives. */
function PageOutlet() {
  return (
    <Suspense fallback={<LoadingNotice />}>
      <Outlet />
    </Suspense>
  );
}

/**
 * Shared by the browser router (main.tsx) and the memory router of component tests. Every page
 * has its own error boundary, inside the layout, so the header, its leaders and the navigation
 * stay on screen and working when one page fails (or its chunk does not load).
 */
export const appRoutes: RouteObject[] = [
  {
    Component: RootLayout,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      {
        Component: PageOutlet,
        ErrorBoundary: RouteErrorBoundary,
        children: [
          ...pageRoutes.map(({ path, load }): RouteObject => ({
            path,
            Component: lazy(load),
            ErrorBoundary: RouteErrorBoundary,
          })),
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ],
  },
];
