import type { overview as en } from '../en/overview';

export const overview: typeof en = {
  title: '概览',
  resources: {
    cpus: 'CPU',
    mem: '内存',
    disk: '磁盘',
    gpus: 'GPU',
    total: '总量',
    used: '已用',
    offered: '已提供',
    idle: '空闲',
    barLabel: '{{resource}}：总量 {{total}}，已用 {{used}}，已提供 {{offered}}',
  },
  agents: {
    heading: '代理节点',
    active: '活跃',
    inactive: '不活跃',
  },
  frameworks: {
    heading: '框架',
    active: '活跃',
    inactive: '不活跃',
  },
  tasks: {
    heading: '各状态任务数',
    current: '当前',
    sinceStart: '自当前主节点启动以来',
    state: '状态',
    count: '任务数',
  },
};
