import type { MarathonApp } from '../../../../api/marathon';

/** What the app runs: its Docker image, else its command (or args). */
export function appRuns(app: MarathonApp): { kind: 'image' | 'cmd'; text: string } | null {
  const image = app.container?.docker?.image;
  if (typeof image === 'string' && image !== '') return { kind: 'image', text: image };
  if (typeof app.cmd === 'string' && app.cmd !== '') return { kind: 'cmd', text: app.cmd };
  if (Array.isArray(app.args) && app.args.length > 0)
    return { kind: 'cmd', text: app.args.join(' ') };
  return null;
}

/** `/prod/web` -> `web`. */
export function appName(appId: string): string {
  return appId.split('/').filter(Boolean).at(-1) ?? appId;
}

/** `/prod/web` -> `/prod`; top-level apps are in `/`. */
export function parentGroup(appId: string): string {
  const segments = appId.split('/').filter(Boolean);
  return segments.length <= 1 ? '/' : `/${segments.slice(0, -1).join('/')}`;
}
