import { appEditor as enAppEditor } from '../features/apps/editor/i18n/en';
import { appEditor as zhAppEditor } from '../features/apps/editor/i18n/zh-CN';
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
  },
  'zh-CN': {
    common: zhCommon,
    'cluster-status': zhClusterStatus,
    overview: zhOverview,
    appEditor: zhAppEditor,
  },
};

export type Language = keyof typeof resources;
export const LANGUAGES = Object.keys(resources) as Language[];
export const DEFAULT_NAMESPACE = 'common';
