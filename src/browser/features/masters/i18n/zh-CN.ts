export const masters = {
  title: '主节点',
  table: {
    caption: '主节点',
    address: '地址',
    role: '角色',
    reachable: '可达',
    empty: 'Stadium 尚未发现任何主节点。',
    version: '版本',
    build: '构建',
    buildValue: '{{date}}，构建者 {{user}}（{{git}}）',
    started: '启动时间',
    elected: '成为领导者的时间',
  },
  role: {
    leader: '领导者',
    standby: '备用',
  },
  reach: {
    yes: '是',
    no: '否：{{error}}',
    unreadable: 'ZooKeeper 中的条目不可用',
  },
  flags: {
    title: '领导主节点的启动参数',
  },
  log: {
    open: '查看领导主节点的日志',
    title: '领导主节点的日志',
    nodeTitle: '位于 {{node}} 的主节点的日志',
    back: '所有主节点',
    column: '日志',
    link: '日志',
    linkOf: '{{node}} 的日志',
  },
};
