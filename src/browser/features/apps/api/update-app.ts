import { apiSend } from '../../../shared/api/api-client';
import { appApiPath, writeQuery } from '../../../shared/api/marathon-paths';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { useLocale } from '../../../shared/format/use-locale';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';
import type { JsonObject } from '../editor/json-parser';

export interface UpdateAppRequest {
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

/** PUT /v2/apps/{id}: edit, scale, suspend, resume and roll back to a version. */
export async function updateApp({
  appId,
  body,
  force,
  partialUpdate,
}: UpdateAppRequest): Promise<SentWrite> {
  const query = writeQuery({ force: force || undefined, partialUpdate });
  const result = await apiSend('PUT', `${appApiPath(appId)}${query}`, body);
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

interface AppWrite {
  appId: string;
  force?: boolean;
}

/** Edit: the whole document replaces the definition. */
export function useEditApp() {
  return useMarathonWrite(
    ({ appId, definition, force }: AppWrite & { definition: JsonObject }) =>
      updateApp({ appId, body: definition, force, partialUpdate: false }),
    ({ appId }) => ({ kind: 'update', appIds: [appId] }),
  );
}

/** Suspend: scale to 0 (the instance count is remembered by the caller, to resume). */
export function useSuspendApp() {
  return useMarathonWrite(
    ({ appId, force }: AppWrite) => updateApp({ appId, body: { instances: 0 }, force }),
    ({ appId }) => ({ kind: 'suspend', appIds: [appId] }),
  );
}

/** Scale and resume both set the instance count; they differ in what the user is told. */
function useSetInstances(kind: 'scale' | 'resume') {
  return useMarathonWrite(
    ({ appId, instances, force }: AppWrite & { instances: number }) =>
      updateApp({ appId, body: { instances }, force }),
    ({ appId, instances }) => ({ kind, appIds: [appId], values: { instances } }),
  );
}

export const useScaleApp = () => useSetInstances('scale');

export const useResumeApp = () => useSetInstances('resume');

/** A rollback of an app or a pod (`id`) to a stored `version`. */
export interface RollbackWrite {
  id: string;
  version: string;
  force: boolean;
}

/** Roll back to an earlier version; the message names it as the versions tab shows it. */
export function useRollbackAppVersion() {
  const locale = useLocale();
  return useMarathonWrite(
    ({ id, version, force }: RollbackWrite) => updateApp({ appId: id, body: { version }, force }),
    ({ id, version }) => ({
      kind: 'rollbackVersion',
      appIds: [id],
      values: { version: formatIsoTime(version, locale) },
    }),
  );
}
