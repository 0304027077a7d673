import { apiSend } from '../../../shared/api/api-client';
import { appApiPath } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';

/**
 * DELETE /v2/apps/{id}. Marathon's `force` defaults to true here (whatever its docs say), so a
 * destroy cancels any deployment holding the app instead of answering 409.
 */
export async function destroyApp(appId: string): Promise<SentWrite> {
  const result = await apiSend('DELETE', appApiPath(appId));
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

export function useDestroyApp() {
  return useMarathonWrite(
    ({ appId }: { appId: string }) => destroyApp(appId),
    ({ appId }) => ({ kind: 'destroy', appIds: [appId] }),
  );
}
