/** `/v2/groups[/{id}]`: the group tree (from app and pod ids and created groups), and group writes. */
import { groupNotFound, MarathonApiError, objectNotValid } from '../api-error';
import { parseAppEmbeds, renderAppInfo } from '../app-info';
import { parseGroupUpdate, removedByUpdate } from '../group-update';
import { isObject, type JsonObject } from '../json';
import { canonicalPath, parentGroups } from '../path-id';
import { renderPodStatus } from '../pod-instances';
import {
  deploymentResponse,
  flag,
  json,
  readJson,
  type Route,
  type RouteContext,
} from './route-context';

const DEFAULT_EMBEDS = ['group.groups', 'group.apps'];

function childGroupIds(context: RouteContext, groupId: string): string[] {
  const { model } = context;
  const ids = [...model.apps.keys(), ...model.pods.keys(), ...model.groups.keys()];
  const children = new Set<string>();
  for (const id of ids) {
    const parents = [...parentGroups(id), ...(model.groups.has(id) ? [id] : [])];
    const index = parents.indexOf(groupId);
    const child = index >= 0 ? parents[index + 1] : undefined;
    if (child) children.add(child);
  }
  return [...children].sort();
}

const directlyIn = (groupId: string) => (id: string) => parentGroups(id).at(-1) === groupId;

function groupTree(context: RouteContext, groupId: string, embeds: string[]): JsonObject {
  const { model } = context;
  const appEmbeds = parseAppEmbeds(embeds.filter((e) => e.startsWith('group.apps.')));
  const out: JsonObject = { id: groupId };
  if (embeds.includes('group.apps')) {
    out.apps = [...model.apps.values()]
      .map((r) => r.app)
      .filter((app) => directlyIn(groupId)(String(app.id)))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
      .map((app) => renderAppInfo(model, app, appEmbeds));
  }
  if (embeds.includes('group.groups')) {
    out.groups = childGroupIds(context, groupId).map((child) => groupTree(context, child, embeds));
  }
  if (embeds.includes('group.pods')) {
    out.pods = [...model.pods.keys()]
      .filter(directlyIn(groupId))
      .sort()
      .map((id) =>
        renderPodStatus(
          model.requirePod(id).app,
          model.liveInstances(id),
          model.now(),
          model.deploymentsOf(id).length > 0,
        ),
      );
  }
  out.dependencies = model.groups.get(groupId) ?? [];
  out.version = model.rootVersion;
  return out;
}

function groupExists(context: RouteContext, groupId: string): boolean {
  if (groupId === '/' || context.model.groups.has(groupId)) return true;
  const ids = [...context.model.apps.keys(), ...context.model.pods.keys()];
  return ids.some((id) => parentGroups(id).includes(groupId));
}

function showGroup(context: RouteContext, [rawId]: string[]): Response {
  const groupId = canonicalPath(decodeURIComponent(rawId ?? ''));
  if (!groupExists(context, groupId)) throw groupNotFound(groupId);
  const requested = context.url.searchParams.getAll('embed');
  return json(groupTree(context, groupId, requested.length > 0 ? requested : DEFAULT_EMBEDS));
}

async function createGroup(context: RouteContext, [rawId]: string[]): Promise<Response> {
  const body = await readJson(context.request);
  const parent = canonicalPath(decodeURIComponent(rawId ?? '/'));
  const update = parseGroupUpdate(body, parent);
  if (groupExists(context, update.id)) {
    throw new MarathonApiError(409, {
      message: `Group ${update.id} is already created. Use PUT to change this group.`,
    });
  }
  const deployment = context.model.applyGroup(
    update.id,
    { definitions: update.apps, removed: [], groups: update.groups },
    { force: flag(context.url, 'force'), uri: context.url.pathname },
  );
  return json(context.model.deploymentResult(deployment), 201, {
    Location: `/v2/groups${update.id}`,
    'Marathon-Deployment-Id': deployment.id,
  });
}

async function updateGroup(context: RouteContext, [rawId]: string[]): Promise<Response> {
  const { model, url } = context;
  const groupId = canonicalPath(decodeURIComponent(rawId ?? '/'));
  const body = await readJson(context.request);
  const change = { force: flag(url, 'force'), uri: url.pathname };
  const scaleBy = isObject(body) ? body.scaleBy : undefined;
  if (scaleBy !== undefined && isObject(body) && body.version === undefined) {
    if (typeof scaleBy !== 'number' || scaleBy < 0) {
      throw objectNotValid([{ path: '/scaleBy', errors: ['is less than 0'] }]);
    }
    if (!groupExists(context, groupId)) throw groupNotFound(groupId);
    return deploymentResponse(model.scaleGroup(groupId, scaleBy, change));
  }
  const update = parseGroupUpdate(isObject(body) ? { id: groupId, ...body } : body, '/');
  const removed = removedByUpdate(update, [...model.apps.keys()], [...model.pods.keys()]);
  return deploymentResponse(
    model.applyGroup(groupId, { definitions: update.apps, removed, groups: update.groups }, change),
  );
}

function deleteGroup(context: RouteContext, [rawId]: string[]): Response {
  const { model, url } = context;
  const groupId = canonicalPath(decodeURIComponent(rawId ?? '/'));
  if (!groupExists(context, groupId)) throw groupNotFound(groupId);
  const deployment = model.applyGroup(
    groupId,
    { definitions: [], removed: model.membersOf(groupId), groups: new Map() },
    { force: flag(url, 'force', true), uri: url.pathname },
  );
  return deploymentResponse(deployment);
}

export const groupRoutes: Route[] = [
  { method: 'GET', pattern: /^\/v2\/groups\/?$/, handle: (context) => showGroup(context, ['/']) },
  { method: 'GET', pattern: /^\/v2\/groups\/(.+)$/, handle: showGroup },
  {
    method: 'POST',
    pattern: /^\/v2\/groups\/?$/,
    handle: (context) => createGroup(context, ['/']),
  },
  { method: 'POST', pattern: /^\/v2\/groups\/(.+)$/, handle: createGroup },
  { method: 'PUT', pattern: /^\/v2\/groups\/?$/, handle: (context) => updateGroup(context, ['/']) },
  { method: 'PUT', pattern: /^\/v2\/groups\/(.+)$/, handle: updateGroup },
  {
    method: 'DELETE',
    pattern: /^\/v2\/groups\/?$/,
    handle: (context) => deleteGroup(context, ['/']),
  },
  { method: 'DELETE', pattern: /^\/v2\/groups\/(.+)$/, handle: deleteGroup },
];
