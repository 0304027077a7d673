/** `/v2/pods` (RAML v2/pods.raml): pods, their status, versions, and killing instances. */
import { MarathonApiError } from '../api-error';
import type { JsonObject } from '../json';
import { parsePodDefinition, podJson, podRunSpec } from '../pod-definition';
import { renderPodInstance, renderPodStatus } from '../pod-instances';
import { appIdFromUrl, flag, json, readJson, type Route, type RouteContext } from './route-context';

/** A pod id in the URL runs up to the `::` of a sub-resource. */
const ID = '((?:(?!::).)+?)';

function podStatus({ model }: RouteContext, podId: string): JsonObject {
  const view = model.requirePod(podId).app;
  return renderPodStatus(
    view,
    model.liveInstances(podId),
    model.now(),
    model.deploymentsOf(podId).length > 0,
  );
}

function deploymentHeaders(deploymentId: string, location?: string): Record<string, string> {
  return { 'Marathon-Deployment-Id': deploymentId, ...(location ? { Location: location } : {}) };
}

async function createPod({ model, request, url }: RouteContext): Promise<Response> {
  const view = podRunSpec(parsePodDefinition(await readJson(request)));
  const podId = String(view.id);
  const deployment = model.createPod(view, { force: flag(url, 'force'), uri: url.pathname });
  return json(
    podJson(model.requirePod(podId).app),
    201,
    deploymentHeaders(deployment.id, `/v2/pods${podId}`),
  );
}

async function updatePod(
  { model, request, url }: RouteContext,
  [raw = '']: string[],
): Promise<Response> {
  const podId = appIdFromUrl(raw);
  const view = podRunSpec(parsePodDefinition(await readJson(request), podId));
  const context = { force: flag(url, 'force'), uri: url.pathname };
  const existed = model.pods.has(podId);
  const deployment = existed
    ? model.updatePod(podId, view, context)
    : model.createPod(view, context);
  return json(
    podJson(model.requirePod(podId).app),
    existed ? 200 : 201,
    deploymentHeaders(deployment.id),
  );
}

function versionOf({ model }: RouteContext, [raw = '', rawVersion = '']: string[]): Response {
  const podId = appIdFromUrl(raw);
  const version = decodeURIComponent(rawVersion);
  const stored = model.requirePod(podId).versions.find((v) => v.version === version);
  if (!stored) {
    throw new MarathonApiError(404, {
      message: `Pod '${podId}' does not exist in version ${version}`,
    });
  }
  return json(podJson(stored));
}

/** Kills without scaling down: Marathon launches replacements. `wipe` is accepted as Marathon does. */
function killInstances(context: RouteContext, podId: string, ids: string[]): JsonObject[] {
  const { model } = context;
  const view = model.requirePod(podId).app;
  const live = model.liveInstances(podId);
  const instances = ids.map((id) => {
    const instance = live.find((i) => i.instanceId === id);
    if (!instance) {
      throw new MarathonApiError(404, { message: `No instance with id '${id}' in pod '${podId}'` });
    }
    return instance;
  });
  const rendered = instances.map((i) => renderPodInstance(i, view, model.now()));
  model.killInstances(instances, false, false);
  return rendered;
}

async function killMany(context: RouteContext, [raw = '']: string[]): Promise<Response> {
  const body = await readJson(context.request);
  if (!Array.isArray(body) || !body.every((id) => typeof id === 'string')) {
    throw new MarathonApiError(422, {
      message: 'Object is not valid',
      details: [{ path: '/', errors: ['error.expected.jsarray'] }],
    });
  }
  return json(killInstances(context, appIdFromUrl(raw), body as string[]));
}

export const podRoutes: Route[] = [
  { method: 'HEAD', pattern: /^\/v2\/pods\/?$/, handle: () => new Response(null, { status: 200 }) },
  {
    method: 'GET',
    pattern: /^\/v2\/pods\/?$/,
    handle: ({ model }) =>
      json(
        [...model.pods.values()]
          .map((record) => podJson(record.app))
          .sort((a, b) => String(a.id).localeCompare(String(b.id))),
      ),
  },
  { method: 'POST', pattern: /^\/v2\/pods\/?$/, handle: createPod },
  {
    method: 'GET',
    pattern: /^\/v2\/pods\/::status$/,
    handle: (context) =>
      json([...context.model.pods.keys()].sort().map((id) => podStatus(context, id))),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/pods/${ID}::status$`),
    handle: (context, [raw = '']) => json(podStatus(context, appIdFromUrl(raw))),
  },
  { method: 'GET', pattern: new RegExp(`^/v2/pods/${ID}::versions/([^/]+)$`), handle: versionOf },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/pods/${ID}::versions/?$`),
    handle: ({ model }, [raw = '']) =>
      json(
        model
          .requirePod(appIdFromUrl(raw))
          .versions.map((v) => v.version)
          .reverse(),
      ),
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/v2/pods/${ID}::instances/([^/]+)$`),
    handle: (context, [raw = '', instance = '']) => {
      const [killed] = killInstances(context, appIdFromUrl(raw), [decodeURIComponent(instance)]);
      return json(killed);
    },
  },
  { method: 'DELETE', pattern: new RegExp(`^/v2/pods/${ID}::instances/?$`), handle: killMany },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/pods/${ID}$`),
    handle: ({ model }, [raw = '']) => json(podJson(model.requirePod(appIdFromUrl(raw)).app)),
  },
  { method: 'PUT', pattern: new RegExp(`^/v2/pods/${ID}$`), handle: updatePod },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/v2/pods/${ID}$`),
    handle: ({ model, url }, [raw = '']) => {
      const deployment = model.deletePod(appIdFromUrl(raw), {
        force: flag(url, 'force'),
        uri: url.pathname,
      });
      return new Response(null, { status: 202, headers: deploymentHeaders(deployment.id) });
    },
  },
];
