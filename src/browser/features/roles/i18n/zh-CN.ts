import type { roles as en } from './en';

export const roles: typeof en = {
  title: '角色',
  intro: '主节点已知的全部角色（树形）：公平分配中的权重、配额以及持有的资源。',
  filter: '角色',
  table: '角色',
  empty: '没有匹配的角色。',
  columns: {
    role: '角色',
    weight: '权重',
    guarantee: '配额保证',
    limit: '配额上限',
    consumed: '已消耗',
    allocated: '已分配',
    reserved: '已预留',
    offered: '已提供',
    frameworks: '框架',
    actions: '操作',
  },
  none: '—',
  noLimit: '无上限',
  implicit: '所列角色的父角色',
  resources: { cpus: 'CPU', mem: '内存', disk: '磁盘', gpus: 'GPU' },
  resourceUnits: { cpus: 'CPU', mem: '内存 (MB)', disk: '磁盘 (MB)', gpus: 'GPU' },
  weightButton: '权重',
  quotaButton: '配额',
  editWeight: '{{role}} 的权重',
  editQuota: '{{role}} 的配额',
  weight: {
    title: '修改 {{role}} 的权重？',
    description:
      '权重决定角色在公平分配中的份额：权重为 2 的角色获得的资源提供是权重为 1 的两倍。正在运行的任务不受影响。',
    label: '权重',
    invalid: '请输入大于 0 的权重，例如 1 或 2.5。',
    submit: '应用权重',
    unsupported:
      '此主节点（Mesos {{version}}）只能通过 --weights 参数设置权重；运行时修改需要 Mesos 1.0 或更高版本。',
  },
  quota: {
    title: '修改 {{role}} 的配额？',
    description:
      '保证值即使在角色空闲时也会在集群中为其保留；上限限制角色可持有的资源。留空表示不设置。上限低于角色当前持有量时，正在运行的任务不会被终止。',
    guarantee: '保证',
    limit: '上限',
    invalid: '请输入 0 或更大的数字，或留空。',
    aboveLimit: '保证值高于上限（{{limit}}）。',
    force: '即使保证总量超过集群容量也应用（force）',
    submit: '应用配额',
    legacy:
      '此主节点（Mesos {{version}}）只有保证值：上限需要 Mesos 1.9。此修改会先删除该角色的配额，再设置新的保证值。',
  },
  review: {
    heading: '将要应用的修改',
    none: '尚无修改。',
    change: '{{what}}：{{from}} → {{to}}',
    unset: '未设置',
    weight: '权重',
    guarantee: '保证 {{resource}}',
    limit: '上限 {{resource}}',
  },
  done: '角色已更新。',
};
