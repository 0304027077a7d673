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
