/** `/v2/groups[/{id}]`: the group tree Marathon derives from app ids. */
import { groupNotFound } from '../api-error';
import { parseAppEmbeds, renderAppInfo } from '../app-info';
import type { JsonObject } from '../json';
import { canonicalPath, parentGroups } from '../path-id';
import { json, type Route, type RouteContext } from './route-context';

const DEFAULT_EMBEDS = ['group.groups', 'group.apps'];

function groupTree(context: RouteContext, groupId: string, embeds: string[]): JsonObject {
  const { model } = context;
  const appEmbeds = parseAppEmbeds(embeds.filter((e) => e.startsWith('group.apps.')));
  const apps = [...model.apps.values()].map((r) => r.app);
  const childGroups = new Set<string>();
  for (const app of apps) {
    const parents = parentGroups(String(app.id));
    const index = parents.indexOf(groupId);
    const child = index >= 0 ? parents[index + 1] : undefined;
    if (child) childGroups.add(child);
  }
  const out: JsonObject = { id: groupId };
  if (embeds.includes('group.apps')) {
    out.apps = apps
      .filter((app) => parentGroups(String(app.id)).at(-1) === groupId)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
      .map((app) => renderAppInfo(model, app, appEmbeds));
  }
  if (embeds.includes('group.groups')) {
    out.groups = [...childGroups].sort().map((child) => groupTree(context, child, embeds));
  }
  if (embeds.includes('group.pods')) out.pods = [];
  out.dependencies = [];
  out.version = model.rootVersion;
  return out;
}

function groupExists(context: RouteContext, groupId: string): boolean {
  if (groupId === '/') return true;
  return [...context.model.apps.keys()].some((id) => parentGroups(id).includes(groupId));
}

function showGroup(context: RouteContext, [rawId]: string[]): Response {
  const groupId = canonicalPath(decodeURIComponent(rawId ?? ''));
  if (!groupExists(context, groupId)) throw groupNotFound(groupId);
  const requested = context.url.searchParams.getAll('embed');
  return json(groupTree(context, groupId, requested.length > 0 ? requested : DEFAULT_EMBEDS));
}

export const groupRoutes: Route[] = [
  { method: 'GET', pattern: /^\/v2\/groups\/?$/, handle: (context) => showGroup(context, ['/']) },
  { method: 'GET', pattern: /^\/v2\/groups\/(.+)$/, handle: showGroup },
];
