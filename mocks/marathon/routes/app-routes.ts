/** `/v2/apps` and `/v2/apps/{id}` (+ restart, versions). */
import { appNotFound, invalidJson, MarathonApiError } from '../api-error';
import { parseAppDefinition, parseAppUpdate, rollbackVersion } from '../app-definition';
import { parseAppEmbeds, renderAppInfo, type AppEmbed } from '../app-info';
import { isObject, type JsonObject } from '../json';
import { matchesLabelSelector } from '../label-selector';
import {
  appIdFromUrl,
  deploymentResponse,
  flag,
  json,
  readJson,
  type Route,
  type RouteContext,
} from './route-context';

const ALWAYS_IN_LIST: AppEmbed[] = ['counts', 'deployments'];
const ALWAYS_IN_SHOW: AppEmbed[] = ['counts', 'tasks', 'lastTaskFailure', 'deployments'];

function embedsOf(url: URL, always: AppEmbed[]): Set<AppEmbed> {
  const embeds = parseAppEmbeds(url.searchParams.getAll('embed'));
  for (const embed of always) embeds.add(embed);
  return embeds;
}

function listApps({ model, url }: RouteContext): Response {
  const idFilter = url.searchParams.get('id')?.toLowerCase();
  const cmdFilter = url.searchParams.get('cmd');
  const label = url.searchParams.get('label');
  const embeds = embedsOf(url, ALWAYS_IN_LIST);
  const apps = [...model.apps.values()]
    .map((record) => record.app)
    .filter((app) => !idFilter || String(app.id).toLowerCase().includes(idFilter))
    .filter((app) => !cmdFilter || (typeof app.cmd === 'string' && app.cmd.includes(cmdFilter)))
    .filter((app) => !label || matchesLabelSelector(label, app.labels as Record<string, string>))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((app) => renderAppInfo(model, app, embeds));
  return json({ apps });
}

async function createApp({ model, request, url }: RouteContext): Promise<Response> {
  const definition = parseAppDefinition(await readJson(request));
  const deployment = model.createApp(definition, {
    force: flag(url, 'force'),
    uri: url.pathname,
  });
  const app = model.requireApp(String(definition.id)).app;
  return json(renderAppInfo(model, app, new Set(ALWAYS_IN_LIST)), 201, {
    Location: `/v2/apps${String(app.id)}`,
    'Marathon-Deployment-Id': deployment.id,
  });
}

function showApp({ model, url }: RouteContext, [rawId = '']: string[]): Response {
  const embeds = embedsOf(url, ALWAYS_IN_SHOW);
  if (rawId.endsWith('/*')) {
    const prefix = appIdFromUrl(rawId.slice(0, -2));
    const apps = [...model.apps.values()]
      .map((record) => record.app)
      .filter((app) => String(app.id).startsWith(prefix === '/' ? '/' : `${prefix}/`))
      .map((app) => renderAppInfo(model, app, embeds));
    return json({ '*': apps });
  }
  const app = model.requireApp(appIdFromUrl(rawId)).app;
  return json({ app: renderAppInfo(model, app, embeds) });
}

async function updateApp(
  { model, request, url }: RouteContext,
  [rawId = '']: string[],
  method: 'PUT' | 'PATCH',
): Promise<Response> {
  const appId = appIdFromUrl(rawId);
  const body = await readJson(request);
  const context = { force: flag(url, 'force'), uri: url.pathname };
  const version = rollbackVersion(body);
  if (version !== undefined) return deploymentResponse(model.rollbackApp(appId, version, context));
  const existing = model.apps.get(appId);
  if (!existing) {
    if (method === 'PATCH') throw appNotFound(appId);
    const deployment = model.updateApp(appId, parseAppDefinition(body, appId), context);
    const response = deploymentResponse(deployment, 201);
    response.headers.set('Location', `/v2/apps${appId}`);
    return response;
  }
  const partial = method === 'PATCH' || flag(url, 'partialUpdate', true);
  const definition: JsonObject = partial
    ? parseAppUpdate(body, existing.app, appId)
    : parseAppDefinition(body, appId);
  return deploymentResponse(model.updateApp(appId, definition, context));
}

/** PUT /v2/apps: an array of (partial, by default) app updates, applied as one deployment. */
async function updateApps({ model, request, url }: RouteContext): Promise<Response> {
  const body = await readJson(request);
  if (!Array.isArray(body)) {
    throw invalidJson([{ path: '/', errors: ['error.expected.jsarray'] }]);
  }
  const partial = flag(url, 'partialUpdate', true);
  const definitions = body.map((item: unknown) => {
    const id = isObject(item) && typeof item.id === 'string' ? appIdFromUrl(item.id) : undefined;
    const existing = id === undefined ? undefined : model.apps.get(id);
    if (!existing || !partial) return parseAppDefinition(item, id);
    return parseAppUpdate(item, existing.app, String(id));
  });
  return deploymentResponse(model.updateApps(definitions, { force: flag(url, 'force') }));
}

function versionsOf({ model }: RouteContext, [rawId = '']: string[]): Response {
  const record = model.requireApp(appIdFromUrl(rawId));
  return json({ versions: record.versions.map((v) => v.version).reverse() });
}

function versionOf({ model }: RouteContext, [rawId = '', rawVersion = '']: string[]): Response {
  const appId = appIdFromUrl(rawId);
  // Clients encode the timestamp's colons (`%3A`); Marathon's router decodes path segments.
  const version = decodeURIComponent(rawVersion);
  const stored = model.requireApp(appId).versions.find((v) => v.version === version);
  if (!stored) {
    throw new MarathonApiError(404, {
      message: `App '${appId}' does not exist in version ${version}`,
    });
  }
  return json(stored);
}

export const appRoutes: Route[] = [
  { method: 'GET', pattern: /^\/v2\/apps\/?$/, handle: listApps },
  { method: 'POST', pattern: /^\/v2\/apps\/?$/, handle: createApp },
  { method: 'PUT', pattern: /^\/v2\/apps\/?$/, handle: updateApps },
  {
    method: 'POST',
    pattern: /^\/v2\/apps\/(.+)\/restart$/,
    handle: ({ model, url }, [rawId = '']) =>
      deploymentResponse(model.restartApp(appIdFromUrl(rawId), { force: flag(url, 'force') })),
  },
  { method: 'GET', pattern: /^\/v2\/apps\/(.+)\/versions\/([^/]+)$/, handle: versionOf },
  { method: 'GET', pattern: /^\/v2\/apps\/(.+)\/versions\/?$/, handle: versionsOf },
  { method: 'GET', pattern: /^\/v2\/apps\/(.+)$/, handle: showApp },
  {
    method: 'PUT',
    pattern: /^\/v2\/apps\/(.+)$/,
    handle: (context, params) => updateApp(context, params, 'PUT'),
  },
  {
    method: 'PATCH',
    pattern: /^\/v2\/apps\/(.+)$/,
    handle: (context, params) => updateApp(context, params, 'PATCH'),
  },
  {
    method: 'DELETE',
    pattern: /^\/v2\/apps\/(.+)$/,
    handle: ({ model, url }, [rawId = '']) =>
      deploymentResponse(model.deleteApp(appIdFromUrl(rawId), { force: flag(url, 'force', true) })),
  },
];
