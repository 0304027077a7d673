/**
 * Query keys, one factory per upstream with the source first, so a leader change on one side
 * can invalidate that side only (`invalidateQueries({ queryKey: mesosKeys.all })`).
 */
export const stadiumKeys = {
  all: ['stadium'] as const,
  cluster: () => [...stadiumKeys.all, 'cluster'] as const,
  session: () => [...stadiumKeys.all, 'session'] as const,
  audit: (filters: { user?: string; target?: string }) =>
    [...stadiumKeys.all, 'audit', filters] as const,
};

export function isSessionKey(key: readonly unknown[]): boolean {
  const session = stadiumKeys.session();
  return key.length === session.length && key.every((part, index) => part === session[index]);
}

export const mesosKeys = {
  all: ['mesos'] as const,
  metricsSnapshot: () => [...mesosKeys.all, 'metrics', 'snapshot'] as const,
  slaves: () => [...mesosKeys.all, 'master', 'slaves'] as const,
  version: () => [...mesosKeys.all, 'version'] as const,
  roles: () => [...mesosKeys.all, 'master', 'roles'] as const,
  quota: () => [...mesosKeys.roles(), 'quota'] as const,
  frameworks: () => [...mesosKeys.all, 'master', 'frameworks'] as const,
  maintenance: () => [...mesosKeys.all, 'master', 'maintenance'] as const,
  maintenanceSchedule: () => [...mesosKeys.maintenance(), 'schedule'] as const,
  maintenanceStatus: () => [...mesosKeys.maintenance(), 'status'] as const,
  /** Deactivation and drain per agent (no operator event carries them, so they are polled). */
  agentModes: () => [...mesosKeys.all, 'master', 'slaves', 'modes'] as const,
  masterFlags: () => [...mesosKeys.all, 'master', 'flags'] as const,
  /** One master's own answers, by `host:port`, standbys included. */
  masterNode: (hostPort: string) => [...mesosKeys.all, 'masters', hostPort] as const,
};

export const marathonKeys = {
  all: ['marathon'] as const,
  info: () => [...marathonKeys.all, 'info'] as const,
  apps: () => [...marathonKeys.all, 'apps'] as const,
  appList: () => [...marathonKeys.apps(), 'list'] as const,
  app: (appId: string) => [...marathonKeys.apps(), 'app', appId] as const,
  versions: (appId: string) => [...marathonKeys.app(appId), 'versions'] as const,
  version: (appId: string, version: string) => [...marathonKeys.versions(appId), version] as const,
  queue: () => [...marathonKeys.all, 'queue'] as const,
  pods: () => [...marathonKeys.all, 'pods'] as const,
  podList: () => [...marathonKeys.pods(), 'list'] as const,
  pod: (podId: string) => [...marathonKeys.pods(), 'pod', podId] as const,
  podVersions: (podId: string) => [...marathonKeys.pod(podId), 'versions'] as const,
  podVersion: (podId: string, version: string) =>
    [...marathonKeys.podVersions(podId), version] as const,
  deployments: () => [...marathonKeys.all, 'deployments'] as const,
};

/** Stadium's shared cluster model (`/api/cluster/*` slices), polled by every list and detail. */
export const clusterKeys = {
  all: ['stadium', 'cluster-model'] as const,
  summary: () => [...clusterKeys.all, 'summary'] as const,
  agents: () => [...clusterKeys.all, 'agents'] as const,
  agentList: (params: object) => [...clusterKeys.agents(), 'list', params] as const,
  agent: (agentId: string) => [...clusterKeys.agents(), 'detail', agentId] as const,
  agentHistory: (agentId: string) => [...clusterKeys.agents(), 'history', agentId] as const,
  frameworks: () => [...clusterKeys.all, 'frameworks'] as const,
  frameworkLists: () => [...clusterKeys.frameworks(), 'lists'] as const,
  framework: (frameworkId: string) => [...clusterKeys.frameworks(), 'detail', frameworkId] as const,
  tasks: () => [...clusterKeys.all, 'tasks'] as const,
  taskList: (params: object) => [...clusterKeys.tasks(), 'list', params] as const,
  task: (taskId: string, frameworkId?: string) =>
    [...clusterKeys.tasks(), 'detail', taskId, frameworkId ?? null] as const,
  metricsHistory: () => [...clusterKeys.all, 'metrics', 'history'] as const,
};

/** One agent's own endpoints through `/api/agents/<agentId>/...`. */
export const agentKeys = {
  all: ['agents'] as const,
  state: (agentId: string) => [...agentKeys.all, agentId, 'state'] as const,
  browse: (agentId: string, path: string) =>
    [...agentKeys.all, agentId, 'files', 'browse', path] as const,
  flags: (agentId: string) => [...agentKeys.all, agentId, 'flags'] as const,
  statistics: (agentId: string) => [...agentKeys.all, agentId, 'monitor', 'statistics'] as const,
};
