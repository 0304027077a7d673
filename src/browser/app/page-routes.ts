import type { ComponentType } from 'react';
import { OverviewRoute } from '../features/overview/routes/overview-route';
import type { common } from '../i18n/locales/en/common';
import { paths } from '../shared/paths';

type NavLabel = Exclude<keyof typeof common.nav, 'label'>;

export interface PageRoute {
  path: string;
  Component: ComponentType;
  /** The page's label under `nav.` in the common namespace; set it to list the page in the navigation. */
  nav?: NavLabel;
}

/**
 * Every page of the console, in navigation order. Adding a page: a path in shared/paths.ts, one
 * entry here, and its `nav.<label>` string in both languages. Pages with heavy code (editors)
 * load it with React.lazy inside the page, so the shell and header render at once.
 */
export const pageRoutes: PageRoute[] = [
  { path: paths.overview.pattern, Component: OverviewRoute, nav: 'overview' },
];
