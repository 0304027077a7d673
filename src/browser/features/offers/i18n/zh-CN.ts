import type { offers as en } from './en';

export const offers: typeof en = {
  title: '资源提供',
  intro: '主节点已提供给框架、尚未被接受或拒绝的资源，以及为排空维护中机器而发出的反向资源提供。',
  filter: '代理节点、框架或角色',
  outstanding: '未处理的资源提供',
  none: '没有未处理的资源提供。',
  inverse: '反向资源提供',
  noInverse: '没有反向资源提供：当前没有机器因维护而排空。',
  columns: {
    id: '资源提供',
    agent: '代理节点',
    framework: '框架',
    role: '角色',
    resources: '资源',
    ports: '端口',
    age: '已存在',
    machine: '机器',
    answer: '答复',
    window: '不可用开始',
    duration: '时长',
  },
  ageNote:
    'Mesos 不提供资源提供的创建时间；“已存在”从 Stadium 首次看到它时开始计算，在所有标签页中相同。',
  answers: { UNKNOWN: '尚未答复', ACCEPT: '已接受', DECLINE: '已拒绝' },
  empty: '—',
  hours: '{{count}} 小时',
  minutes: '{{count}} 分钟',
};
