import type { queue as en } from './en';

/** 启动队列页面的文字（命名空间 `queue`）。 */
export const queue: typeof en = {
  title: '启动队列',
  caption: '等待启动的实例',
  empty: '没有等待启动的实例：每个应用和 Pod 都已达到要求的实例数。',
  columns: {
    id: '应用或 Pod',
    count: '等待数',
    delay: '延迟',
    since: '等待开始于',
    reason: '等待原因',
  },
  sortBy: '按{{column}}排序',
  noDelay: '无',
  delay: '剩余 {{seconds}} 秒',
  overdue: '已到期',
  resetDelay: '重置延迟',
  resetDelayOf: '重置延迟：{{id}}',
  declined: '{{reason}}：{{processed}} 个 offer 中拒绝了 {{declined}} 个',
  noOffersYet: '尚未处理任何 offer',
  role: '角色 {{role}}',
  pod: 'Pod',
};
