import type { ComponentType } from 'react';
import { firstTasksPagePath } from '../features/tasks/utils/task-view';
import type { common } from '../i18n/locales/en/common';
import { paths } from '../shared/paths';

type NavLabel = Exclude<keyof typeof common.nav, 'label'>;

/** A page module's component as React.lazy takes it. */
export type PageModule = Promise<{ default: ComponentType }>;

export interface PageRoute {
  path: string;
  /** Loads the page's code: each page is its own chunk, so the console's first load stays small. */
  load: () => PageModule;
  /**
   * The API reads the page makes first, started by src/browser/preload.ts while the console's
   * code still loads; the page's own queries then adopt the answers (api-client's preloads).
   */
  preload?: (location: { search: URLSearchParams }) => string[];
  /** The page's label under `nav.` in the common namespace; set it to list the page in the navigation. */
  nav?: NavLabel;
  /** Listed only for people who may see it (SessionInfo.canAudit). */
  requires?: 'audit';
}

/** `load` for a route module that exports the page as `name` (checked against the module). */
function page<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): () => PageModule {
  return () => load().then((module) => ({ default: module[name] }));
}

/**
 * Every page of the console, in navigation order. Adding a page: a path in shared/paths.ts, one
 * entry here (`load` imports its route module), and its `nav.<label>` string in both languages.
 * This file stays free of components and libraries: the preload script imports it before
 * React has loaded.
 */
export const pageRoutes: PageRoute[] = [
  {
    path: paths.overview.pattern,
    load: page(() => import('../features/overview/routes/overview-route'), 'OverviewRoute'),
    nav: 'overview',
  },
  {
    path: paths.agents.pattern,
    load: page(() => import('../features/agents/routes/agents-route'), 'AgentsRoute'),
    nav: 'agents',
  },
  {
    path: paths.agent.pattern,
    load: page(() => import('../features/agents/routes/agent-route'), 'AgentRoute'),
  },
  {
    path: paths.masters.pattern,
    load: page(() => import('../features/masters/routes/masters-route'), 'MastersRoute'),
    nav: 'masters',
  },
  {
    path: paths.masterLog.pattern,
    load: page(() => import('../features/masters/routes/master-log-route'), 'MasterLogRoute'),
  },
  {
    path: paths.frameworks.pattern,
    load: page(() => import('../features/frameworks/routes/frameworks-route'), 'FrameworksRoute'),
    nav: 'frameworks',
  },
  {
    path: paths.framework.pattern,
    load: page(() => import('../features/frameworks/routes/framework-route'), 'FrameworkRoute'),
  },
  {
    path: paths.roles.pattern,
    load: page(() => import('../features/roles/routes/roles-route'), 'RolesRoute'),
    nav: 'roles',
  },
  {
    path: paths.offers.pattern,
    load: page(() => import('../features/offers/routes/offers-route'), 'OffersRoute'),
    nav: 'offers',
  },
  {
    path: paths.maintenance.pattern,
    load: page(
      () => import('../features/maintenance/routes/maintenance-route'),
      'MaintenanceRoute',
    ),
    nav: 'maintenance',
  },
  {
    path: paths.tasks.pattern,
    load: page(() => import('../features/tasks/routes/tasks-route'), 'TasksRoute'),
    preload: ({ search }) => [firstTasksPagePath(search)],
    nav: 'tasks',
  },
  {
    path: paths.task.pattern,
    load: page(() => import('../features/tasks/routes/task-route'), 'TaskRoute'),
  },
  {
    path: paths.apps.pattern,
    load: page(() => import('../features/apps/routes/apps-list-route'), 'AppsListRoute'),
    nav: 'apps',
  },
  {
    path: paths.appNew.pattern,
    load: page(() => import('../features/apps/routes/app-create-route'), 'AppCreateRoute'),
  },
  {
    path: paths.app.pattern,
    load: page(() => import('../features/apps/routes/app-detail-route'), 'AppDetailRoute'),
  },
  {
    path: paths.appEdit.pattern,
    load: page(() => import('../features/apps/routes/app-edit-route'), 'AppEditRoute'),
  },
  {
    path: paths.podNew.pattern,
    load: page(() => import('../features/apps/routes/pod-create-route'), 'PodCreateRoute'),
  },
  {
    path: paths.pod.pattern,
    load: page(() => import('../features/apps/routes/pod-detail-route'), 'PodDetailRoute'),
  },
  {
    path: paths.podEdit.pattern,
    load: page(() => import('../features/apps/routes/pod-edit-route'), 'PodEditRoute'),
  },
  {
    path: paths.deployments.pattern,
    load: page(
      () => import('../features/deployments/routes/deployments-route'),
      'DeploymentsRoute',
    ),
    nav: 'deployments',
  },
  {
    path: paths.queue.pattern,
    load: page(() => import('../features/queue/routes/queue-route'), 'QueueRoute'),
    nav: 'queue',
  },
  {
    path: paths.events.pattern,
    load: page(() => import('../features/events/routes/events-route'), 'EventsRoute'),
    nav: 'events',
  },
  {
    path: paths.audit.pattern,
    load: page(() => import('../features/audit/routes/audit-route'), 'AuditRoute'),
    nav: 'audit',
    requires: 'audit',
  },
  {
    path: paths.sandboxBrowse.pattern,
    load: page(
      () => import('../features/sandbox/routes/sandbox-browse-route'),
      'SandboxBrowseRoute',
    ),
  },
  {
    path: paths.sandboxFile.pattern,
    load: page(() => import('../features/sandbox/routes/sandbox-file-route'), 'SandboxFileRoute'),
  },
  {
    path: paths.taskSandbox.pattern,
    load: page(() => import('../features/sandbox/routes/task-sandbox-route'), 'TaskSandboxRoute'),
  },
];

/** Route-pattern segments: literal, or a `:param` that takes any one non-empty segment. */
function matches(pattern: string, pathname: string): number | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  let literal = 0;
  for (const [index, segment] of want.entries()) {
    if (segment.startsWith(':')) continue;
    if (segment !== have[index]) return null;
    literal++;
  }
  return literal;
}

/**
 * The page `pathname` opens, as the router ranks patterns (literal segments beat params), without
 * loading the router: the preload script runs before it.
 */
export function pageRouteAt(pathname: string): PageRoute | undefined {
  let best: { route: PageRoute; literal: number } | undefined;
  for (const route of pageRoutes) {
    const literal = matches(route.path, pathname);
    if (literal !== null && (best === undefined || literal > best.literal))
      best = { route, literal };
  }
  return best?.route;
}
