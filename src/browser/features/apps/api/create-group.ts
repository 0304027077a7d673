import { apiSend } from '../../../shared/api/api-client';
import { MARATHON_API } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';

/** POST /v2/groups: an empty group (apps and pods are then created inside it). */
export async function createGroup(groupId: string): Promise<SentWrite> {
  const result = await apiSend('POST', `${MARATHON_API}/groups`, { id: groupId });
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

export function useCreateGroup() {
  return useMarathonWrite(
    ({ groupId }: { groupId: string }) => createGroup(groupId),
    ({ groupId }) => ({ kind: 'createGroup', appIds: [], otherIds: [groupId] }),
  );
}
