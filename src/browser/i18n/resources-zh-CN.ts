import { agents as zhAgents } from '../features/agents/i18n/zh-CN';
import { appEditor as zhAppEditor } from '../features/apps/editor/i18n/zh-CN';
import { apps as zhApps } from '../features/apps/i18n/zh-CN';
import { charts as zhCharts } from '../features/charts/i18n/zh-CN';
import { deployments as zhDeployments } from '../features/deployments/i18n/zh-CN';
import { frameworks as zhFrameworks } from '../features/frameworks/i18n/zh-CN';
import { sandbox as zhSandbox } from '../features/sandbox/i18n/zh-CN';
import { masters as zhMasters } from '../features/masters/i18n/zh-CN';
import { queue as zhQueue } from '../features/queue/i18n/zh-CN';
import { events as zhEvents } from '../features/events/i18n/zh-CN';
import { search as zhSearch } from '../features/search/i18n/zh-CN';
import { roles as zhRoles } from '../features/roles/i18n/zh-CN';
import { offers as zhOffers } from '../features/offers/i18n/zh-CN';
import { maintenance as zhMaintenance } from '../features/maintenance/i18n/zh-CN';
import { tasks as zhTasks } from '../features/tasks/i18n/zh-CN';
import { audit as zhAudit } from '../features/audit/i18n/zh-CN';
import { session as zhSession } from '../features/session/i18n/zh-CN';
import { shortcuts as zhShortcuts } from '../shared/shortcuts/i18n/zh-CN';
import { clusterStatus as zhClusterStatus } from './locales/zh-CN/cluster-status';
import { common as zhCommon } from './locales/zh-CN/common';
import { overview as zhOverview } from './locales/zh-CN/overview';
import type { en } from './resources';

/** Simplified Chinese: its own chunk, loaded when the console is shown in it (create-i18n.ts). */
export const zhCN = {
  common: zhCommon,
  'cluster-status': zhClusterStatus,
  overview: zhOverview,
  appEditor: zhAppEditor,
  apps: zhApps,
  deployments: zhDeployments,
  sandbox: zhSandbox,
  agents: zhAgents,
  frameworks: zhFrameworks,
  tasks: zhTasks,
  charts: zhCharts,
  shortcuts: zhShortcuts,
  session: zhSession,
  audit: zhAudit,
  masters: zhMasters,
  queue: zhQueue,
  events: zhEvents,
  search: zhSearch,
  roles: zhRoles,
  offers: zhOffers,
  maintenance: zhMaintenance,
} satisfies Record<keyof typeof en, object>;
