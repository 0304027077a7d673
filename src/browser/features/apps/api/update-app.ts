import { apiSend } from '../../../shared/api/api-client';
import { deploymentIdOf } from '../../deployments';
import type { JsonObject } from '../editor/json-parser';
import { appApiPath, writeQuery } from '../../../shared/api/marathon-paths';
import { useMarathonWrite, type SentWrite, type WriteVariables } from '../../deployments';

export interface UpdateAppVariables extends WriteVariables {
  appId: string;
  /** `{instances}` to scale, `{version}` to roll back, or a whole definition. */
  body: JsonObject;
  force?: boolean;
  /**
   * PUT merges into the current definition by default, so a field deleted from the document
   * would survive; false replaces the definition with the body (Edit sends the whole document).
   */
  partialUpdate?: boolean;
}

export async function updateApp({
  appId,
  body,
  force,
  partialUpdate,
}: Omit<UpdateAppVariables, 'description'>): Promise<SentWrite> {
  const query = writeQuery({ force: force || undefined, partialUpdate });
  const result = await apiSend('PUT', `${appApiPath(appId)}${query}`, body);
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

/** PUT /v2/apps/{id}: edit, scale, suspend, resume and roll back to a version. */
export function useUpdateApp() {
  return useMarathonWrite((variables: UpdateAppVariables) => updateApp(variables));
}
