import type { MarathonApp } from '../../../../api/marathon';
import { apiSend } from '../../../shared/api/api-client';
import { MARATHON_API, writeQuery } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';
import type { JsonObject } from '../editor/json-parser';

export interface CreateAppVariables {
  app: JsonObject;
  force: boolean;
}

/** A relative id as Marathon makes it absolute (`nginx` -> `/nginx`). */
export function absoluteId(id: unknown): string {
  const text = typeof id === 'string' ? id.trim() : '';
  return `/${text.replace(/^\/+|\/+$/g, '')}`;
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
  return useMarathonWrite(
    ({ app, force }: CreateAppVariables) => createApp(app, force),
    ({ app }) => ({ kind: 'create', appIds: [absoluteId(app.id)] }),
  );
}
