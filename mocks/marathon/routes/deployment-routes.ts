/** `/v2/deployments`: list, and cancel with rollback (200) or without (force, 202). */
import { HttpResponse } from 'msw';
import { renderDeployment } from '../deployment-plan';
import { deploymentResponse, flag, json, type Route } from './route-context';

export const deploymentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/v2\/deployments\/?$/,
    handle: ({ model }) => json([...model.deployments.values()].map(renderDeployment)),
  },
  {
    method: 'DELETE',
    pattern: /^\/v2\/deployments\/([^/]+)$/,
    handle: ({ model, url }, [id = '']) => {
      const rollback = model.cancelDeployment(decodeURIComponent(id), flag(url, 'force'));
      return rollback ? deploymentResponse(rollback) : new HttpResponse(null, { status: 202 });
    },
  },
];
