import type { shortcuts as en } from './en';

export const shortcuts: typeof en = {
  button: '键盘快捷键',
  title: '键盘快捷键',
  description: '除在输入框或编辑器中输入时外，单键快捷键在任何地方都可用。',
  then: '然后',
  groups: {
    general: '通用',
    goTo: '跳转到',
  },
  actions: {
    help: '显示此快捷键列表',
    search: '聚焦本页的搜索或筛选框',
    palette: '搜索整个集群（应用、Pod、节点、框架、任务），输入时也可用',
    close: '关闭对话框或菜单',
    goTo: '跳转到{{page}}',
  },
  enabled: '启用单键快捷键',
  enabledHint: '如果它们妨碍屏幕阅读器或语音输入，请将其关闭。',
  close: '关闭',
};
