import { apiSend } from '../../../shared/api/api-client';
import { appApiPath, writeQuery } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';

export interface RestartAppVariables {
  appId: string;
  force?: boolean;
}

/** POST /v2/apps/{id}/restart: replaces every instance (409 while a deployment holds the app). */
export async function restartApp(appId: string, force = false): Promise<SentWrite> {
  const result = await apiSend(
    'POST',
    `${appApiPath(appId)}/restart${writeQuery({ force: force || undefined })}`,
  );
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

export function useRestartApp() {
  return useMarathonWrite(
    ({ appId, force }: RestartAppVariables) => restartApp(appId, force),
    ({ appId }) => ({ kind: 'restart', appIds: [appId] }),
  );
}
