import type { audit as en } from './en';

export const audit: typeof en = {
  title: '审计',
  intro: '经过 Stadium 的最近写操作，最新的在前。',
  filters: '审计筛选',
  user: '用户',
  target: '目标',
  table: '写操作',
  columns: {
    time: '时间',
    user: '用户',
    address: '地址',
    request: '请求',
    target: '目标',
    status: '状态',
  },
  anonymous: '（未登录）',
  empty: '没有匹配的写操作。',
};
