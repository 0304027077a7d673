import type { charts as en } from './en';

export const charts: typeof en = {
  clusterTitle: '资源变化',
  agentTitle: '分配变化',
  allocated: '已分配',
  total: '总量',
  usageSummary: '当前已分配 {{used}}，共 {{total}}；此期间最多 {{peak}}。',
  noSamples: '暂无采样。',
  taskStatesTitle: '各状态的活动任务',
  taskStatesSummary: '当前：{{states}}。',
  taskStateCount: '{{state}} {{count}}',
  listSeparator: '，',
  taskStates: {
    running: '运行中',
    staging: '暂存中',
    starting: '启动中',
    killing: '终止中',
    unreachable: '不可达',
  },
};
