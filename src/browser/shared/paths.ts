/**
 * Every page's route pattern and href builder. Links use `href()` so a path changes in one place.
 * Register a new page here and in the route table (src/browser/app/page-routes.ts).
 */
export const paths = {
  overview: { pattern: '/', href: () => '/' },
  agents: {
    pattern: '/agents',
    href: (search: Record<string, string> = {}) => withSearch('/agents', search),
  },
  agent: {
    pattern: '/agents/:agentId',
    href: (agentId: string, search: Record<string, string> = {}) =>
      withSearch(`/agents/${encodeURIComponent(agentId)}`, search),
  },
  frameworks: {
    pattern: '/frameworks',
    href: (search: Record<string, string> = {}) => withSearch('/frameworks', search),
  },
  framework: {
    pattern: '/frameworks/:frameworkId',
    href: (frameworkId: string) => `/frameworks/${encodeURIComponent(frameworkId)}`,
  },
  /** The role tree; `search` holds the filter and an open change (`q`, `dialog`, `role`). */
  roles: {
    pattern: '/roles',
    href: (search: Record<string, string> = {}) => withSearch('/roles', search),
  },
  /** Outstanding offers and inverse offers (`tab`, `q`). */
  offers: {
    pattern: '/offers',
    href: (search: Record<string, string> = {}) => withSearch('/offers', search),
  },
  /** The maintenance schedule and machine modes (`dialog`, `machine`, `window`). */
  maintenance: {
    pattern: '/maintenance',
    href: (search: Record<string, string> = {}) => withSearch('/maintenance', search),
  },
  /** The tasks table; `search` holds its filters, sort and tab (`state`, `q`, `agent`, ...). */
  tasks: {
    pattern: '/tasks',
    href: (search: Record<string, string> = {}) => withSearch('/tasks', search),
  },
  /** Task ids are unique per framework only, so links name the framework too. */
  task: {
    pattern: '/tasks/:taskId',
    href: (taskId: string, frameworkId?: string) =>
      withSearch(
        `/tasks/${encodeURIComponent(taskId)}`,
        frameworkId ? { framework: frameworkId } : {},
      ),
  },
  /** A directory of an agent's sandboxes, by the path the agent's files API knows it. */
  sandboxBrowse: {
    pattern: '/agents/:agentId/browse',
    href: (agentId: string, path: string) =>
      `/agents/${encodeURIComponent(agentId)}/browse?${new URLSearchParams({ path }).toString()}`,
  },
  /** A file of an agent's sandboxes in the viewer; `follow` tails it. */
  sandboxFile: {
    pattern: '/agents/:agentId/files',
    href: (agentId: string, path: string, options: { follow?: boolean } = {}) => {
      const query = new URLSearchParams({ path });
      if (options.follow) query.set('follow', '1');
      return `/agents/${encodeURIComponent(agentId)}/files?${query.toString()}`;
    },
  },
  /**
   * A task's sandbox, resolved from the agent's state: `file` opens that file of the sandbox in
   * the viewer (following), else the sandbox directory is browsed. `executorId` "" or unknown
   * lets the agent's state tell.
   */
  taskSandbox: {
    pattern: '/agents/:agentId/sandbox',
    href: (
      task: { agentId: string; frameworkId: string; taskId: string; executorId?: string },
      file?: string,
    ) => {
      const query = new URLSearchParams({ framework: task.frameworkId, task: task.taskId });
      if (task.executorId) query.set('executor', task.executorId);
      if (file !== undefined) query.set('file', file);
      return `/agents/${encodeURIComponent(task.agentId)}/sandbox?${query.toString()}`;
    },
  },
  /** Marathon apps; `search` holds the folder, search and filters (`group`, `q`, `status`, ...). */
  apps: {
    pattern: '/apps',
    href: (search: URLSearchParams = new URLSearchParams()) => {
      const query = search.toString();
      return query ? `/apps?${query}` : '/apps';
    },
  },
  appNew: { pattern: '/apps/new', href: () => '/apps/new' },
  /**
   * App ids are absolute paths (`/prod/web`): the whole id, leading slash included, is one encoded
   * segment (`/apps/%2Fprod%2Fweb`), so it never clashes with `new`. `search` holds tab and dialog.
   */
  app: {
    pattern: '/apps/:appId',
    href: (appId: string, search: Record<string, string> = {}) =>
      withSearch(`/apps/${encodeURIComponent(appId)}`, search),
  },
  appEdit: {
    pattern: '/apps/:appId/edit',
    href: (appId: string) => `/apps/${encodeURIComponent(appId)}/edit`,
  },
  /** Pods are listed with the apps; their pages use the same id encoding (`/pods/%2Fshop%2Fcart`). */
  podNew: { pattern: '/pods/new', href: () => '/pods/new' },
  pod: {
    pattern: '/pods/:podId',
    href: (podId: string, search: Record<string, string> = {}) =>
      withSearch(`/pods/${encodeURIComponent(podId)}`, search),
  },
  podEdit: {
    pattern: '/pods/:podId/edit',
    href: (podId: string) => `/pods/${encodeURIComponent(podId)}/edit`,
  },
  /** Writes that passed Stadium; `search` holds the filters (`user`, `target`). */
  audit: {
    pattern: '/audit',
    href: (search: Record<string, string> = {}) => withSearch('/audit', search),
  },
  /**
   * Every master, the leader's details and flags, and an agent's flags; `search` holds the flag
   * filter (`flags`), the agent (`agent`) and its flags' filter (`agentFlags`).
   */
  masters: {
    pattern: '/masters',
    href: (search: Record<string, string> = {}) => withSearch('/masters', search),
  },
  /** A master's own log in the viewer: `node` (host:port; the leader's without), `follow`, `wrap`, `q`. */
  masterLog: {
    pattern: '/masters/log',
    href: (search: Record<string, string> = {}) => withSearch('/masters/log', search),
  },
  /** Marathon's deployments; `search` holds the open dialog (`dialog`, `deployment`). */
  deployments: {
    pattern: '/deployments',
    href: (search: Record<string, string> = {}) => withSearch('/deployments', search),
  },
  /** Marathon's launch queue; `search` holds the sort (`sort`, `order`). */
  queue: {
    pattern: '/queue',
    href: (search: Record<string, string> = {}) => withSearch('/queue', search),
  },
  /** The event feed; `search` holds its filters and whether it is paused. */
  events: {
    pattern: '/events',
    href: (search: Record<string, string> = {}) => withSearch('/events', search),
  },
} as const;

function withSearch(path: string, search: Record<string, string>): string {
  const query = new URLSearchParams(search).toString();
  return query ? `${path}?${query}` : path;
}
