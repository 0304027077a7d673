import { apiSend } from '../../../shared/api/api-client';
import { podApiPath, writeQuery } from '../../../shared/api/marathon-paths';
import { useMarathonWrite, type SentWrite } from '../../deployments';

/**
 * DELETE /v2/pods/{id}::instances/{instance}: Marathon kills it and launches a replacement.
 * `wipe` also destroys the instance's persistent volumes and reservations (resident pods).
 */
export async function killPodInstance(
  podId: string,
  instanceId: string,
  wipe: boolean,
): Promise<SentWrite> {
  await apiSend(
    'DELETE',
    `${podApiPath(podId)}::instances/${encodeURIComponent(instanceId)}${writeQuery({ wipe: wipe || undefined })}`,
  );
  return {};
}

export function useKillPodInstance() {
  return useMarathonWrite(
    ({ podId, instanceId, wipe = false }: { podId: string; instanceId: string; wipe?: boolean }) =>
      killPodInstance(podId, instanceId, wipe),
    ({ podId }) => ({ kind: 'kill', appIds: [], otherIds: [podId], values: { count: 1 } }),
  );
}
