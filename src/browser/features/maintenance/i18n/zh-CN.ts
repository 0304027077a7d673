import type { maintenance as en } from './en';

export const maintenance: typeof en = {
  title: '维护',
  intro:
    '主节点上的计划维护：由机器（主机名和 IP）组成、带开始时间和时长的维护窗口，以及每台机器的模式。',
  windows: '维护窗口',
  noWindows: '没有计划中的维护。',
  machines: '机器',
  columns: {
    machines: '机器',
    start: '开始',
    duration: '时长',
    end: '结束',
    machine: '机器',
    mode: '模式',
    agents: '代理节点',
    window: '窗口',
    actions: '操作',
  },
  modes: { UP: '正常', DRAINING: '排空中', DOWN: '已停机' },
  none: '—',
  hours: '{{count}} 小时',
  minutes: '{{count}} 分钟',
  add: '计划维护',
  remove: '删除窗口',
  removeNamed: '删除 {{machines}} 的维护窗口',
  start: '开始维护',
  startNamed: '在 {{machine}} 上开始维护',
  stop: '结束维护',
  stopNamed: '结束 {{machine}} 上的维护',
  removeBlocked: '请先结束 {{machines}} 上的维护：已停机的机器必须保留在计划中。',
  addDialog: {
    title: '计划维护窗口？',
    description:
      '在窗口开始前，这些机器上有任务的框架会收到要求迁出的反向资源提供，来自这些机器的资源提供会附带该窗口。在你开始维护之前不会停止任何东西。',
    machines: '机器（主机名，用逗号或空格分隔）',
    machinesHint: '代理节点所在主机：{{hostnames}}',
    start: '开始时间（本地时间）',
    duration: '时长（小时）',
    submit: '计划',
    noMachines: '请至少填写一台机器。',
    unknown: '没有代理节点运行在 {{hostnames}} 上；请检查拼写。',
    scheduled: '{{hostname}} 已在某个窗口中；请先删除该窗口。',
    badStart: '请输入日期和时间。',
    past: '该时间已过去；窗口必须在现在之后开始。',
    badDuration: '请输入大于 0 的小时数。',
  },
  conflict: {
    scheduled:
      '其他人已同时为 {{machines}} 安排了维护；未发送任何内容。页面现已显示当前计划：请检查后再次发送。',
    gone: '{{machines}} 的维护窗口已被其他人移除；未发送任何内容。',
    changed:
      '自本页面读取以来，其他人已更改 {{machines}} 的维护窗口；未发送任何内容。请先查看当前计划再移除。',
  },
  removeDialog: {
    title: '删除 {{machines}} 的维护窗口？',
    description:
      '{{machines}} 恢复为正常：框架不再收到这些机器的反向资源提供，来自它们的资源提供也不再附带窗口。',
    submit: '删除窗口',
  },
  startDialog: {
    title: '在 {{machine}} 上开始维护？',
    description:
      '{{machine}} 将停机：主节点会关闭其上的代理节点（{{agents}}），其上的所有任务都会被终止，在你结束维护之前不会再提供它的资源。',
    submit: '开始维护',
  },
  stopDialog: {
    title: '结束 {{machine}} 上的维护？',
    description: '{{machine}} 恢复正常并移出计划：其代理节点可以重新注册，资源会再次提供给框架。',
    submit: '结束维护',
  },
};
