import { apiSend } from '../../../shared/api/api-client';
import { MARATHON_API, writeQuery } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';
import type { JsonObject } from '../editor/json-parser';
import { absoluteId } from './create-app';

/** POST /v2/pods: 201 with the pod; the deployment that starts it is in the header. */
export async function createPod(pod: JsonObject, force: boolean): Promise<SentWrite> {
  const result = await apiSend(
    'POST',
    `${MARATHON_API}/pods${writeQuery({ force: force || undefined })}`,
    pod,
  );
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

export function useCreatePod() {
  return useMarathonWrite(
    ({ pod, force }: { pod: JsonObject; force: boolean }) => createPod(pod, force),
    ({ pod }) => ({ kind: 'create', appIds: [], otherIds: [absoluteId(pod.id)] }),
  );
}
