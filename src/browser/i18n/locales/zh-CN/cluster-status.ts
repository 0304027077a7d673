import type { clusterStatus as en } from '../en/cluster-status';

export const clusterStatus: typeof en = {
  leaders: {
    label: '集群主节点',
    mesos: 'Mesos 主节点',
    marathon: 'Marathon 主节点',
    none: '无主节点',
    notAnswering: '{{leader}}（无应答）',
    credentialsRefused: '凭据被拒绝',
  },
  simulated: '模拟集群',
  simulatedHint: 'Stadium 正在运行内置的模拟集群（启动时未指定 --mesos 或 --marathon）。',
  side: {
    mesos: 'Mesos',
    marathon: 'Marathon',
  },
  nodes: {
    mesos: 'Mesos 主节点',
    marathon: 'Marathon 实例',
  },
  banner: {
    noLeader: '没有 {{side}} 主节点 — {{nodes}}：{{total}} 个中 {{answering}} 个有应答。',
    leaderNotAnswering:
      '{{side}} 主节点 {{leader}} 无应答 — {{nodes}}：{{total}} 个中 {{answering}} 个有应答。',
    credentialsRefused: '{{side}} 拒绝了 Stadium 的凭据。{{message}}',
    otherSideWorks: '{{side}} 视图仍可正常使用。',
    proxyDown: 'Stadium 无应答（{{message}}）。显示的是最后已知的主节点。',
  },
};
