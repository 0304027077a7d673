/** `/v2/tasks`, `/v2/tasks/delete` and `/v2/apps/{id}/tasks[/{taskId}]`. */
import { MarathonApiError, taskNotFound } from '../api-error';
import { isObject } from '../json';
import type { Instance } from '../model-types';
import { renderTask } from '../task-json';
import {
  appIdFromUrl,
  deploymentResponse,
  flag,
  json,
  readJson,
  type Route,
  type RouteContext,
} from './route-context';

function tasksJson(context: RouteContext, instances: Instance[]): Response {
  const { model } = context;
  return json({
    tasks: instances.map((i) => renderTask(i, model.apps.get(i.appId)?.app)),
  });
}

function checkScaleAndWipe(url: URL): void {
  if (flag(url, 'scale') && flag(url, 'wipe')) {
    throw new MarathonApiError(400, { message: 'You cannot use scale and wipe at the same time.' });
  }
}

/** Kills, then answers with the killed tasks or, with `scale`, the deployment. */
function killAndAnswer(context: RouteContext, instances: Instance[], single: boolean): Response {
  const { model, url } = context;
  const scale = flag(url, 'scale');
  const deployment = model.killInstances(instances, scale, flag(url, 'force'), flag(url, 'wipe'));
  if (deployment) return deploymentResponse(deployment);
  const rendered = instances.map((i) => renderTask(i, model.apps.get(i.appId)?.app));
  return json(single ? { task: rendered[0] } : { tasks: rendered });
}

const STATUS_FILTERS: Record<string, string[]> = {
  running: ['TASK_RUNNING'],
  staging: ['TASK_STAGING', 'TASK_STARTING'],
};

export const taskRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/v2\/tasks\/?$/,
    handle: (context) => {
      const statuses = [
        ...context.url.searchParams.getAll('status'),
        ...context.url.searchParams.getAll('status[]'),
      ].flatMap((s) => STATUS_FILTERS[s] ?? []);
      // Pod instances are not tasks of /v2/tasks (their containers are listed by /v2/pods::status).
      const instances = [...context.model.instances.values()].filter(
        (i) => !i.containers && (statuses.length === 0 || statuses.includes(i.state)),
      );
      return tasksJson(context, instances);
    },
  },
  {
    method: 'POST',
    pattern: /^\/v2\/tasks\/delete\/?$/,
    handle: async (context) => {
      checkScaleAndWipe(context.url);
      const body = await readJson(context.request);
      const ids = isObject(body) && Array.isArray(body.ids) ? body.ids : [];
      const instances = ids.map((id) => {
        const instance = context.model.instances.get(String(id));
        if (!instance)
          throw new MarathonApiError(400, { message: `Invalid task id ${String(id)}` });
        return instance;
      });
      return killAndAnswer(context, instances, false);
    },
  },
  {
    method: 'GET',
    pattern: /^\/v2\/apps\/(.+)\/tasks\/?$/,
    handle: (context, [rawId = '']) => {
      const appId = appIdFromUrl(rawId);
      context.model.requireApp(appId);
      return tasksJson(context, context.model.liveInstances(appId));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/v2\/apps\/(.+)\/tasks\/([^/]+)$/,
    handle: (context, [rawId = '', taskId = '']) => {
      checkScaleAndWipe(context.url);
      const appId = appIdFromUrl(rawId);
      context.model.requireApp(appId);
      const id = decodeURIComponent(taskId);
      const instance = context.model.instances.get(id);
      if (!instance || instance.appId !== appId) throw taskNotFound(id);
      return killAndAnswer(context, [instance], true);
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/v2\/apps\/(.+)\/tasks\/?$/,
    handle: (context, [rawId = '']) => {
      checkScaleAndWipe(context.url);
      const appId = appIdFromUrl(rawId);
      context.model.requireApp(appId);
      const host = context.url.searchParams.get('host');
      const instances = context.model
        .liveInstances(appId)
        .filter((i) => host === null || host === '*' || i.host === host);
      return killAndAnswer(context, instances, false);
    },
  },
];
