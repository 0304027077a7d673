import { apiSend } from '../../../shared/api/api-client';
import { appIdSegments, MARATHON_API, writeQuery } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';

/** PUT /v2/groups/{id} `{scaleBy}`: every app and pod inside, instances times the factor. */
export async function scaleGroup(
  groupId: string,
  factor: number,
  force: boolean,
): Promise<SentWrite> {
  const result = await apiSend(
    'PUT',
    `${MARATHON_API}/groups/${appIdSegments(groupId)}${writeQuery({ force: force || undefined })}`,
    { scaleBy: factor },
  );
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

export function useScaleGroup() {
  return useMarathonWrite(
    ({ groupId, factor, force = false }: { groupId: string; factor: number; force?: boolean }) =>
      scaleGroup(groupId, factor, force),
    ({ groupId, factor }) => ({
      kind: 'scaleGroup',
      appIds: [],
      otherIds: [groupId],
      values: { factor },
    }),
  );
}
