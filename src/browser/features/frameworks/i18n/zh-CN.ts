import type { frameworks as en } from './en';

export const frameworks: typeof en = {
  title: '框架',
  tabs: {
    label: '框架列表',
    withCount: '{{name}}（{{count}}）',
    active: '活动',
    inactive: '未连接',
    completed: '已结束',
  },
  empty: {
    active: '没有已注册的框架。',
    inactive: '没有断开连接的框架。',
    completed: '没有已结束的框架。',
  },
  columns: {
    name: '名称',
    id: 'ID',
    status: '状态',
    connected: '已连接',
    host: '主机',
    user: '用户',
    principal: '主体',
    roles: '角色',
    webui: 'Web 界面',
    registered: '注册时间',
    reregistered: '重新注册时间',
    unregistered: '注销时间',
    failoverTimeout: '故障转移超时',
    checkpoint: '检查点',
    capabilities: '能力',
    activeTasks: '活动任务',
    used: '已用{{resource}}',
  },
  values: {
    yes: '是',
    no: '否',
    seconds: '{{seconds}} 秒',
  },
  detail: {
    title: '框架 {{name}}',
    back: '全部框架',
    overview: '框架',
    tasks: '该框架的任务',
  },
};
