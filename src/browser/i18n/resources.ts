import { agents as enAgents } from '../features/agents/i18n/en';
import { agents as zhAgents } from '../features/agents/i18n/zh-CN';
import { appEditor as enAppEditor } from '../features/apps/editor/i18n/en';
import { appEditor as zhAppEditor } from '../features/apps/editor/i18n/zh-CN';
import { apps as enApps } from '../features/apps/i18n/en';
import { apps as zhApps } from '../features/apps/i18n/zh-CN';
import { charts as enCharts } from '../features/charts/i18n/en';
import { charts as zhCharts } from '../features/charts/i18n/zh-CN';
import { deployments as enDeployments } from '../features/deployments/i18n/en';
import { deployments as zhDeployments } from '../features/deployments/i18n/zh-CN';
import { frameworks as enFrameworks } from '../features/frameworks/i18n/en';
import { frameworks as zhFrameworks } from '../features/frameworks/i18n/zh-CN';
import { masters as enMasters } from '../features/masters/i18n/en';
import { masters as zhMasters } from '../features/masters/i18n/zh-CN';
import { sandbox as enSandbox } from '../features/sandbox/i18n/en';
import { sandbox as zhSandbox } from '../features/sandbox/i18n/zh-CN';
import { tasks as enTasks } from '../features/tasks/i18n/en';
import { queue as enQueue } from '../features/queue/i18n/en';
import { queue as zhQueue } from '../features/queue/i18n/zh-CN';
import { events as enEvents } from '../features/events/i18n/en';
import { events as zhEvents } from '../features/events/i18n/zh-CN';
import { search as enSearch } from '../features/search/i18n/en';
import { search as zhSearch } from '../features/search/i18n/zh-CN';
import { tasks as zhTasks } from '../features/tasks/i18n/zh-CN';
import { audit as enAudit } from '../features/audit/i18n/en';
import { audit as zhAudit } from '../features/audit/i18n/zh-CN';
import { roles as enRoles } from '../features/roles/i18n/en';
import { roles as zhRoles } from '../features/roles/i18n/zh-CN';
import { offers as enOffers } from '../features/offers/i18n/en';
import { offers as zhOffers } from '../features/offers/i18n/zh-CN';
import { maintenance as enMaintenance } from '../features/maintenance/i18n/en';
import { maintenance as zhMaintenance } from '../features/maintenance/i18n/zh-CN';
import { session as enSession } from '../features/session/i18n/en';
import { session as zhSession } from '../features/session/i18n/zh-CN';
import { shortcuts as enShortcuts } from '../shared/shortcuts/i18n/en';
import { shortcuts as zhShortcuts } from '../shared/shortcuts/i18n/zh-CN';
import { clusterStatus as enClusterStatus } from './locales/en/cluster-status';
import { common as enCommon } from './locales/en/common';
import { overview as enOverview } from './locales/en/overview';
import { clusterStatus as zhClusterStatus } from './locales/zh-CN/cluster-status';
import { common as zhCommon } from './locales/zh-CN/common';
import { overview as zhOverview } from './locales/zh-CN/overview';

/** One namespace per feature; `common` holds the shell and strings shared by features. */
export const resources = {
  en: {
    common: enCommon,
    'cluster-status': enClusterStatus,
    overview: enOverview,
    appEditor: enAppEditor,
    apps: enApps,
    deployments: enDeployments,
    sandbox: enSandbox,
    agents: enAgents,
    masters: enMasters,
    frameworks: enFrameworks,
    tasks: enTasks,
    charts: enCharts,
    shortcuts: enShortcuts,
    session: enSession,
    audit: enAudit,
    queue: enQueue,
    events: enEvents,
    search: enSearch,
    roles: enRoles,
    offers: enOffers,
    maintenance: enMaintenance,
  },
  'zh-CN': {
    common: zhCommon,
    'cluster-status': zhClusterStatus,
    overview: zhOverview,
    appEditor: zhAppEditor,
    apps: zhApps,
    deployments: zhDeployments,
    sandbox: zhSandbox,
    agents: zhAgents,
    masters: zhMasters,
    frameworks: zhFrameworks,
    tasks: zhTasks,
    charts: zhCharts,
    shortcuts: zhShortcuts,
    session: zhSession,
    audit: zhAudit,
    queue: zhQueue,
    events: zhEvents,
    search: zhSearch,
    roles: zhRoles,
    offers: zhOffers,
    maintenance: zhMaintenance,
  },
};

export type Language = keyof typeof resources;
export const LANGUAGES = Object.keys(resources) as Language[];
export const DEFAULT_NAMESPACE = 'common';
