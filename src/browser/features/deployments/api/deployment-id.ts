import type { ApiSendResult } from '../../../shared/api/api-client';

/**
 * The deployment a write started: Marathon names it in the `Marathon-Deployment-Id` header and
 * in the body (`deploymentId`, or `deployments[0].id` in the app a create returns).
 */
export function deploymentIdOf(result: ApiSendResult<unknown>): string | undefined {
  const header = result.headers.get('Marathon-Deployment-Id');
  if (header) return header;
  const body: unknown = result.body;
  if (typeof body !== 'object' || body === null) return undefined;
  if ('deploymentId' in body && typeof body.deploymentId === 'string') return body.deploymentId;
  if ('deployments' in body && Array.isArray(body.deployments)) {
    const first: unknown = body.deployments[0];
    if (typeof first === 'object' && first !== null && 'id' in first) {
      return typeof first.id === 'string' ? first.id : undefined;
    }
  }
  return undefined;
}

/**
 * The deployments a 409 names as holding the app (`{message, deployments: [{id}]}`); null when
 * the body names none (a 409 for an id that exists already).
 */
export function lockingDeploymentIds(body: unknown): string[] | null {
  if (typeof body !== 'object' || body === null || !('deployments' in body)) return null;
  if (!Array.isArray(body.deployments)) return null;
  return body.deployments
    .map((deployment: unknown) =>
      typeof deployment === 'object' &&
      deployment !== null &&
      'id' in deployment &&
      typeof deployment.id === 'string'
        ? deployment.id
        : undefined,
    )
    .filter((id): id is string => id !== undefined);
}
