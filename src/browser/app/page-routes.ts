import type { ComponentType } from 'react';
import { AgentRoute } from '../features/agents/routes/agent-route';
import { AgentsRoute } from '../features/agents/routes/agents-route';
import { AppCreateRoute } from '../features/apps/routes/app-create-route';
import { AppDetailRoute } from '../features/apps/routes/app-detail-route';
import { AppEditRoute } from '../features/apps/routes/app-edit-route';
import { AppsListRoute } from '../features/apps/routes/apps-list-route';
import { AuditRoute } from '../features/audit/routes/audit-route';
import { DeploymentsRoute } from '../features/deployments/routes/deployments-route';
import { EventsRoute } from '../features/events';
import { FrameworkRoute } from '../features/frameworks/routes/framework-route';
import { FrameworksRoute } from '../features/frameworks/routes/frameworks-route';
import { MaintenanceRoute } from '../features/maintenance/routes/maintenance-route';
import { OffersRoute } from '../features/offers/routes/offers-route';
import { MasterLogRoute } from '../features/masters/routes/master-log-route';
import { MastersRoute } from '../features/masters/routes/masters-route';
import { OverviewRoute } from '../features/overview/routes/overview-route';
import { QueueRoute } from '../features/queue';
import { RolesRoute } from '../features/roles/routes/roles-route';
import { SandboxBrowseRoute } from '../features/sandbox/routes/sandbox-browse-route';
import { SandboxFileRoute } from '../features/sandbox/routes/sandbox-file-route';
import { TaskSandboxRoute } from '../features/sandbox/routes/task-sandbox-route';
import { TaskRoute } from '../features/tasks/routes/task-route';
import { TasksRoute } from '../features/tasks/routes/tasks-route';
import type { common } from '../i18n/locales/en/common';
import { paths } from '../shared/paths';

type NavLabel = Exclude<keyof typeof common.nav, 'label'>;

export interface PageRoute {
  path: string;
  Component?: ComponentType;
  /** Loads the page's code when it is first opened (React Router's route `lazy`), instead. */
  lazy?: () => Promise<{ Component: ComponentType }>;
  /** The page's label under `nav.` in the common namespace; set it to list the page in the navigation. */
  nav?: NavLabel;
  /** Listed only for people who may see it (SessionInfo.canAudit). */
  requires?: 'audit';
}

/**
 * Every page of the console, in navigation order. Adding a page: a path in shared/paths.ts, one
 * entry here, and its `nav.<label>` string in both languages. Pages with heavy code (editors)
 * load it with React.lazy inside the page, so the shell and header render at once.
 */
export const pageRoutes: PageRoute[] = [
  { path: paths.overview.pattern, Component: OverviewRoute, nav: 'overview' },
  { path: paths.agents.pattern, Component: AgentsRoute, nav: 'agents' },
  { path: paths.agent.pattern, Component: AgentRoute },
  { path: paths.masters.pattern, Component: MastersRoute, nav: 'masters' },
  { path: paths.masterLog.pattern, Component: MasterLogRoute },
  { path: paths.frameworks.pattern, Component: FrameworksRoute, nav: 'frameworks' },
  { path: paths.framework.pattern, Component: FrameworkRoute },
  { path: paths.roles.pattern, Component: RolesRoute, nav: 'roles' },
  { path: paths.offers.pattern, Component: OffersRoute, nav: 'offers' },
  { path: paths.maintenance.pattern, Component: MaintenanceRoute, nav: 'maintenance' },
  { path: paths.tasks.pattern, Component: TasksRoute, nav: 'tasks' },
  { path: paths.task.pattern, Component: TaskRoute },
  { path: paths.apps.pattern, Component: AppsListRoute, nav: 'apps' },
  { path: paths.appNew.pattern, Component: AppCreateRoute },
  { path: paths.app.pattern, Component: AppDetailRoute },
  { path: paths.appEdit.pattern, Component: AppEditRoute },
  {
    path: paths.podNew.pattern,
    lazy: async () => ({
      Component: (await import('../features/apps/routes/pod-create-route')).PodCreateRoute,
    }),
  },
  {
    path: paths.pod.pattern,
    lazy: async () => ({
      Component: (await import('../features/apps/routes/pod-detail-route')).PodDetailRoute,
    }),
  },
  {
    path: paths.podEdit.pattern,
    lazy: async () => ({
      Component: (await import('../features/apps/routes/pod-edit-route')).PodEditRoute,
    }),
  },
  { path: paths.deployments.pattern, Component: DeploymentsRoute, nav: 'deployments' },
  { path: paths.queue.pattern, Component: QueueRoute, nav: 'queue' },
  { path: paths.events.pattern, Component: EventsRoute, nav: 'events' },
  { path: paths.audit.pattern, Component: AuditRoute, nav: 'audit', requires: 'audit' },
  { path: paths.sandboxBrowse.pattern, Component: SandboxBrowseRoute },
  { path: paths.sandboxFile.pattern, Component: SandboxFileRoute },
  { path: paths.taskSandbox.pattern, Component: TaskSandboxRoute },
];
