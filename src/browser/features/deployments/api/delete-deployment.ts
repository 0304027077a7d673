import { apiSend } from '../../../shared/api/api-client';
import { MARATHON_API, writeQuery } from '../../../shared/api/marathon-paths';
import { useMarathonWrite, type SentWrite } from '../follow/use-marathon-write';
import { deploymentIdOf } from './deployment-id';

export interface CancelDeploymentVariables {
  deploymentId: string;
  /** The apps the deployment changes, as Marathon listed them (the outcome is judged on them). */
  affectedApps: string[];
  /** True: only cancel (202, no body). False: cancel and start a rollback deployment (200). */
  force: boolean;
}

export async function deleteDeployment(deploymentId: string, force: boolean): Promise<SentWrite> {
  const result = await apiSend(
    'DELETE',
    `${MARATHON_API}/deployments/${encodeURIComponent(deploymentId)}${writeQuery({ force: force || undefined })}`,
  );
  const rollbackId = result.body === undefined ? undefined : deploymentIdOf(result);
  return rollbackId === undefined ? {} : { deploymentId: rollbackId };
}

/** DELETE /v2/deployments/{id}: "Rollback" without force, "Stop without rollback" with it. */
export function useCancelDeployment() {
  return useMarathonWrite(
    ({ deploymentId, force }: CancelDeploymentVariables) => deleteDeployment(deploymentId, force),
    ({ deploymentId, affectedApps, force }) => ({
      kind: force ? 'deploymentStop' : 'deploymentRollback',
      appIds: affectedApps,
      values: { deploymentId },
    }),
  );
}
