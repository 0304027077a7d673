import type { common as en } from '../en/common';

export const common: typeof en = {
  productName: 'Stadium',
  skipToContent: '跳到主要内容',
  pageTitle: '{{page}} · Stadium',
  nav: {
    label: '主导航',
    overview: '概览',
  },
  language: {
    label: '语言',
    en: 'English',
    'zh-CN': '简体中文',
  },
  theme: {
    label: '主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  menuTrigger: '{{label}}：{{value}}',
  loading: '加载中…',
  errors: {
    network: 'Stadium 无应答：{{message}}',
    upstream: '错误 {{status}}：{{message}}',
    keptData: '显示的是最后一次收到的数据。',
    unexpected: '出现错误',
    reload: '重新加载页面',
  },
  notFound: {
    title: '页面不存在',
    body: '{{path}} 下没有内容。',
    back: '返回概览',
  },
  taskState: {
    TASK_STAGING: '暂存中',
    TASK_STARTING: '启动中',
    TASK_RUNNING: '运行中',
    TASK_KILLING: '终止中',
    TASK_FINISHED: '已完成',
    TASK_KILLED: '已终止',
    TASK_FAILED: '失败',
    TASK_LOST: '丢失',
    TASK_ERROR: '错误',
    TASK_DROPPED: '已丢弃',
    TASK_UNREACHABLE: '不可达',
    TASK_GONE: '已消失',
    TASK_GONE_BY_OPERATOR: '已被运维移除',
    TASK_UNKNOWN: '未知',
  },
};
