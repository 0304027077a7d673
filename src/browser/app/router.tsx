import type { RouteObject } from 'react-router';
import { RootLayout } from './layout/root-layout';
import { NotFoundRoute } from './not-found-route';
import { pageRoutes } from './page-routes';
import { RouteErrorBoundary } from './route-error-boundary';

/**
 * Shared by the browser router (main.tsx) and the memory router of component tests. Every page
 * has its own error boundary, inside the layout, so the header, its leaders and the navigation
 * stay on screen and working when one page fails.
 */
export const appRoutes: RouteObject[] = [
  {
    Component: RootLayout,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      {
        ErrorBoundary: RouteErrorBoundary,
        children: [
          ...pageRoutes.map(({ path, Component, lazy }): RouteObject => ({
            path,
            ...(lazy ? { lazy } : { Component }),
            ErrorBoundary: RouteErrorBoundary,
          })),
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ],
  },
];
