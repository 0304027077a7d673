import type { search as en } from './en';

/** 搜索面板的文字（命名空间 `search`）。 */
export const search: typeof en = {
  button: '搜索',
  title: '搜索集群',
  description:
    '应用、Pod、分组、节点（主机名、ID、属性）、框架和任务（ID 前缀）。用方向键选择，回车打开。',
  input: '搜索应用、Pod、分组、节点、框架和任务',
  results: '结果',
  kinds: {
    app: '应用',
    pod: 'Pod',
    group: '分组',
    agent: '节点',
    framework: '框架',
    task: '任务',
  },
  searching: '正在搜索…',
  none: '没有与“{{query}}”匹配的结果。',
  count_one: '{{count}} 个结果',
  count_other: '{{count}} 个结果',
  hint: '输入名称、主机名、属性值或任务 ID 的开头。',
};
