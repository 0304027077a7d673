import type { MarathonApp } from '../../../../api/marathon';

export interface AppFolder {
  /** Full group path, e.g. `/prod`. */
  id: string;
  name: string;
  /** Every app below the folder, at any depth, for its rolled-up counts. */
  apps: MarathonApp[];
}

export interface FolderListing {
  folders: AppFolder[];
  apps: MarathonApp[];
}

/**
 * What a folder shows: its sub-folders (with everything below them, so a problem deep down is
 * visible at the top) and the apps directly in it, both sorted by name.
 */
export function listFolder(allApps: readonly MarathonApp[], group: string): FolderListing {
  const prefix = group === '/' ? '/' : `${group}/`;
  const folders = new Map<string, AppFolder>();
  const apps: MarathonApp[] = [];
  for (const app of allApps) {
    if (!app.id.startsWith(prefix)) continue;
    const rest = app.id.slice(prefix.length).split('/');
    const [first] = rest;
    if (first === undefined || first === '') continue;
    if (rest.length === 1) {
      apps.push(app);
      continue;
    }
    const id = `${prefix}${first}`;
    const folder = folders.get(id) ?? { id, name: first, apps: [] };
    folder.apps.push(app);
    folders.set(id, folder);
  }
  return {
    folders: [...folders.values()].sort((a, b) => a.name.localeCompare(b.name)),
    apps: apps.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** `/prod/web` -> [`/prod`, `/prod/web`]: the breadcrumb of a folder. */
export function folderTrail(group: string): { id: string; name: string }[] {
  const segments = group.split('/').filter(Boolean);
  return segments.map((name, index) => ({
    id: `/${segments.slice(0, index + 1).join('/')}`,
    name,
  }));
}
