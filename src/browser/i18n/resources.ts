import { agents as enAgents } from '../features/agents/i18n/en';
import { appEditor as enAppEditor } from '../features/apps/editor/i18n/en';
import { apps as enApps } from '../features/apps/i18n/en';
import { charts as enCharts } from '../features/charts/i18n/en';
import { deployments as enDeployments } from '../features/deployments/i18n/en';
import { frameworks as enFrameworks } from '../features/frameworks/i18n/en';
import { sandbox as enSandbox } from '../features/sandbox/i18n/en';
import { masters as enMasters } from '../features/masters/i18n/en';
import { queue as enQueue } from '../features/queue/i18n/en';
import { events as enEvents } from '../features/events/i18n/en';
import { search as enSearch } from '../features/search/i18n/en';
import { roles as enRoles } from '../features/roles/i18n/en';
import { offers as enOffers } from '../features/offers/i18n/en';
import { maintenance as enMaintenance } from '../features/maintenance/i18n/en';
import { tasks as enTasks } from '../features/tasks/i18n/en';
import { audit as enAudit } from '../features/audit/i18n/en';
import { session as enSession } from '../features/session/i18n/en';
import { shortcuts as enShortcuts } from '../shared/shortcuts/i18n/en';
import { clusterStatus as enClusterStatus } from './locales/en/cluster-status';
import { common as enCommon } from './locales/en/common';
import { overview as enOverview } from './locales/en/overview';
import { zhCN } from './resources-zh-CN';

/**
 * One namespace per feature; `common` holds the shell and strings shared by features. English is
 * bundled with the console; other languages are chunks of their own, loaded on demand
 * (create-i18n.ts).
 */
export const en = {
  common: enCommon,
  'cluster-status': enClusterStatus,
  overview: enOverview,
  appEditor: enAppEditor,
  apps: enApps,
  deployments: enDeployments,
  sandbox: enSandbox,
  agents: enAgents,
  frameworks: enFrameworks,
  tasks: enTasks,
  charts: enCharts,
  shortcuts: enShortcuts,
  session: enSession,
  audit: enAudit,
  masters: enMasters,
  queue: enQueue,
  events: enEvents,
  search: enSearch,
  roles: enRoles,
  offers: enOffers,
  maintenance: enMaintenance,
};

/** Every language's strings, for tests and the type of `t`. */
export const resources = { en, 'zh-CN': zhCN };

export type Language = keyof typeof resources;
/** Spelled out rather than read from `resources`, which would bundle every language up front. */
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

/**
 * The console's language for a browser's language tag: any Chinese (`zh`, `zh-TW`, …) reads
 * Simplified Chinese rather than falling through to English, others go by their primary subtag
 * (`en-GB` is English). Undefined when the console has no such language.
 */
export function languageOfTag(tag: string): Language | undefined {
  if (/^zh\b/i.test(tag)) return 'zh-CN';
  const primary = tag.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language.toLowerCase() === primary);
}
export const DEFAULT_NAMESPACE = 'common';
