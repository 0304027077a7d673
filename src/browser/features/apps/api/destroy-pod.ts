import { apiSend } from '../../../shared/api/api-client';
import { podApiPath, writeQuery } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';

/** DELETE /v2/pods/{id}: 202, the deployment that stops it in the header. */
export async function destroyPod(podId: string, force: boolean): Promise<SentWrite> {
  const result = await apiSend(
    'DELETE',
    `${podApiPath(podId)}${writeQuery({ force: force || undefined })}`,
  );
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

export function useDestroyPod() {
  return useMarathonWrite(
    ({ podId, force = false }: { podId: string; force?: boolean }) => destroyPod(podId, force),
    ({ podId }) => ({ kind: 'destroy', appIds: [], otherIds: [podId] }),
  );
}
