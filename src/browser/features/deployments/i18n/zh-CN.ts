import type { deployments as en } from './en';

/** 部署页面与变更状态区域的文案（命名空间 `deployments`）。 */
export const deployments: typeof en = {
  title: '部署',
  notRunning: '部署 {{id}} 已不再运行：它已完成，或已在别处被结束。',
  empty: '没有正在运行的部署：每个应用都在运行最后一次要求的内容。',
  card: {
    title: '部署 {{id}}',
    apps: '应用',
    started: '开始时间',
    steps: '步骤',
    step: '第 {{number}} 步：{{actions}}',
    actions: '部署 {{id}} 的操作',
    rollback: '回滚',
    stop: '停止且不回滚',
  },
  progress: {
    deployment: '部署 {{id}}',
    step: '第 {{current}} 步，共 {{total}} 步',
    label: '部署 {{id}} 的进度：{{step}}',
    now: '当前：{{actions}}',
    action: '{{action}} {{target}}',
  },
  actions: {
    StartApplication: '启动',
    StopApplication: '停止',
    ScaleApplication: '扩缩容',
    RestartApplication: '重启',
    ResolveArtifacts: '解析制品',
    StartPod: '启动 Pod',
    StopPod: '停止 Pod',
    ScalePod: '扩缩容 Pod',
    RestartPod: '重启 Pod',
  },
  rollback: {
    title: '回滚部署 {{id}}？',
    description:
      'Marathon 会取消此部署，并启动一个新部署，把 {{apps}} 恢复为此部署之前的定义。它启动的实例会被再次停止。',
    submit: '回滚',
  },
  stop: {
    title: '停止部署 {{id}} 且不回滚？',
    description:
      'Marathon 会取消此部署且不恢复任何内容：{{apps}} 保持当前状态，可能新旧实例混合，实例数也可能多于或少于要求。在再次部署之前，变更不会完成。',
    submit: '停止部署',
  },
  writes: {
    label: '已发送到 Marathon 的变更',
    dismiss: '关闭',
    progress: '第 {{current}} 步，共 {{total}} 步',
    create: {
      running: '正在创建 {{appId}}…',
      succeeded: '已创建 {{appId}}：实例正在运行。',
      failed: '创建 {{appId}} 未完成。',
    },
    update: {
      running: '正在部署 {{appId}} 的新定义…',
      succeeded: '已部署 {{appId}} 的新定义。',
      failed: '{{appId}} 的新定义未完全部署。',
    },
    scale: {
      running: '正在将 {{appId}} 扩缩容到 {{instances}} 个实例…',
      succeeded: '已将 {{appId}} 扩缩容到 {{instances}} 个实例。',
      failed: '将 {{appId}} 扩缩容到 {{instances}} 个实例未完成。',
    },
    suspend: {
      running: '正在暂停 {{appId}}…',
      succeeded: '已暂停 {{appId}}。',
      failed: '暂停 {{appId}} 未完成。',
    },
    resume: {
      running: '正在以 {{instances}} 个实例恢复 {{appId}}…',
      succeeded: '已以 {{instances}} 个实例恢复 {{appId}}。',
      failed: '恢复 {{appId}} 未完成。',
    },
    restart: {
      running: '正在重启 {{appId}}…',
      succeeded: '已重启 {{appId}}：所有实例均已替换。',
      failed: '重启 {{appId}} 未完成。',
    },
    destroy: {
      running: '正在销毁 {{appId}}…',
      succeeded: '已销毁 {{appId}}。',
      failed: '销毁 {{appId}} 未完成。',
    },
    kill: {
      running_one: '正在终止 {{appId}} 的 {{count}} 个实例…',
      running_other: '正在终止 {{appId}} 的 {{count}} 个实例…',
      succeeded_one: '已终止 {{appId}} 的 {{count}} 个实例；Marathon 会启动替代实例。',
      succeeded_other: '已终止 {{appId}} 的 {{count}} 个实例；Marathon 会启动替代实例。',
      failed: '终止 {{appId}} 的实例未完成。',
    },
    killAndScale: {
      running_one: '正在终止 {{appId}} 的 {{count}} 个实例并缩容…',
      running_other: '正在终止 {{appId}} 的 {{count}} 个实例并缩容…',
      succeeded_one: '已终止 {{appId}} 的 {{count}} 个实例并缩容。',
      succeeded_other: '已终止 {{appId}} 的 {{count}} 个实例并缩容。',
      failed: '终止并缩容 {{appId}} 未完成。',
    },
    rollbackVersion: {
      running: '正在将 {{appId}} 回滚到版本 {{version}}…',
      succeeded: '已将 {{appId}} 回滚到版本 {{version}}。',
      failed: '将 {{appId}} 回滚到版本 {{version}} 未完成。',
    },
    resetDelay: {
      running: '正在重置 {{appId}} 的启动延迟…',
      succeeded: '已重置 {{appId}} 的启动延迟：Marathon 现在重新启动实例。',
      failed: '重置 {{appId}} 的启动延迟失败。',
    },
    createGroup: {
      running: '正在创建分组 {{appId}}…',
      succeeded: '已创建分组 {{appId}}。',
      failed: '创建分组 {{appId}} 未完成。',
    },
    scaleGroup: {
      running: '正在将 {{appId}} 中的所有服务按 {{factor}} 倍扩缩…',
      succeeded: '已将 {{appId}} 中的所有服务按 {{factor}} 倍扩缩。',
      failed: '将 {{appId}} 按 {{factor}} 倍扩缩未完成。',
    },
    destroyGroup: {
      running: '正在销毁分组 {{appId}} 及其中的一切…',
      succeeded: '已销毁分组 {{appId}}。',
      failed: '销毁分组 {{appId}} 未完成。',
    },
    deploymentRollback: {
      running: '正在回滚部署 {{deploymentId}}…',
      succeeded: '已回滚部署 {{deploymentId}}。',
      failed: '部署 {{deploymentId}} 的回滚未完成。',
    },
    deploymentStop: {
      running: '正在停止部署 {{deploymentId}}…',
      succeeded: '已停止部署 {{deploymentId}} 且未回滚；其应用保持现状。',
      failed: '停止部署 {{deploymentId}} 失败。',
    },
    failure: {
      superseded: '部署 {{deploymentId}} 接管了 {{appId}}（强制变更或回滚取消了此部署）。',
      incomplete: '{{appId}} 运行 {{instances}} 个实例中的 {{running}} 个：部署在完成前被停止。',
      gone: '{{appId}} 已不存在。',
      stillExists: '{{appId}} 仍然存在。',
    },
  },
  lock: {
    message_one: '应用被部署 {{deployments}} 锁定：Marathon 同一时间对每个应用只运行一个部署。',
    message_other: '应用被部署 {{deployments}} 锁定：Marathon 同一时间对每个应用只运行一个部署。',
    consequence:
      '强制执行：正在运行的部署会被取消，此变更立即开始；在完成之前，新旧实例可能混合运行。',
    force: '强制执行',
  },
  dialogs: {
    cancel: '取消',
  },
};
