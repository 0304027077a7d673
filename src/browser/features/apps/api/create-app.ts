import type { MarathonApp } from '../../../../api/marathon';
import { apiSend } from '../../../shared/api/api-client';
import { deploymentIdOf } from '../../deployments';
import type { JsonObject } from '../editor/json-parser';
import { MARATHON_API, writeQuery } from '../../../shared/api/marathon-paths';
import { useMarathonWrite, type SentWrite, type WriteVariables } from '../../deployments';

export interface CreateAppVariables extends WriteVariables {
  app: JsonObject;
  force: boolean;
}

/** POST /v2/apps: 201 with the app (its canonical id) and the deployment that starts it. */
export async function createApp(app: JsonObject, force: boolean): Promise<SentWrite> {
  const result = await apiSend<MarathonApp>(
    'POST',
    `${MARATHON_API}/apps${writeQuery({ force: force || undefined })}`,
    app,
  );
  const deploymentId = deploymentIdOf(result);
  return {
    ...(deploymentId === undefined ? {} : { deploymentId }),
    ...(result.body?.id === undefined ? {} : { appId: result.body.id }),
  };
}

export function useCreateApp() {
  return useMarathonWrite(({ app, force }: CreateAppVariables) => createApp(app, force));
}
