import { apiSend } from '../../../shared/api/api-client';
import { appIdSegments, MARATHON_API } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';

/** DELETE /v2/groups/{id}: the group and every app, pod and group in it (force by default). */
export async function destroyGroup(groupId: string): Promise<SentWrite> {
  const result = await apiSend('DELETE', `${MARATHON_API}/groups/${appIdSegments(groupId)}`);
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

export function useDestroyGroup() {
  return useMarathonWrite(
    ({ groupId }: { groupId: string }) => destroyGroup(groupId),
    ({ groupId }) => ({ kind: 'destroyGroup', appIds: [], otherIds: [groupId] }),
  );
}
