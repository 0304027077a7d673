import type { MarathonPod } from '../../../../api/marathon';
import { apiSend } from '../../../shared/api/api-client';
import { podApiPath, writeQuery } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { useLocale } from '../../../shared/format/use-locale';
import type { JsonObject } from '../editor/json-parser';
import { getPodVersion } from './get-pod-version';
import type { RollbackWrite } from './update-app';

/**
 * PUT /v2/pods/{id} replaces the whole pod (pods have no partial update): edit, scale and
 * restart all send a complete spec. `version` is left out: it is Marathon's to set.
 */
export async function updatePod(
  podId: string,
  pod: JsonObject | MarathonPod,
  force: boolean,
): Promise<SentWrite> {
  const body: Record<string, unknown> = { ...pod };
  delete body.version;
  const result = await apiSend(
    'PUT',
    `${podApiPath(podId)}${writeQuery({ force: force || undefined })}`,
    body,
  );
  const deploymentId = deploymentIdOf(result);
  return deploymentId === undefined ? {} : { deploymentId };
}

interface PodWrite {
  podId: string;
  force?: boolean;
}

export function useEditPod() {
  return useMarathonWrite(
    ({ podId, definition, force = false }: PodWrite & { definition: JsonObject }) =>
      updatePod(podId, definition, force),
    ({ podId }) => ({ kind: 'update', appIds: [], otherIds: [podId] }),
  );
}

export function useScalePod() {
  return useMarathonWrite(
    ({
      podId,
      pod,
      instances,
      force = false,
    }: PodWrite & { pod: MarathonPod; instances: number }) =>
      updatePod(podId, { ...pod, scaling: { kind: 'fixed', ...pod.scaling, instances } }, force),
    ({ podId, instances }) => ({
      kind: 'scale',
      appIds: [],
      otherIds: [podId],
      values: { instances },
    }),
  );
}

/** Marathon stamps every pod PUT with a new version, so the unchanged spec replaces every instance. */
export function useRestartPod() {
  return useMarathonWrite(
    ({ podId, pod, force = false }: PodWrite & { pod: MarathonPod }) =>
      updatePod(podId, pod, force),
    ({ podId }) => ({ kind: 'restart', appIds: [], otherIds: [podId] }),
  );
}

/**
 * Pods have no `{version}` PUT (pods.raml): the stored spec of that version is read and PUT again,
 * which Marathon deploys as a new version, as it does for an app's rollback.
 */
export function useRollbackPodVersion() {
  const locale = useLocale();
  return useMarathonWrite(
    async ({ id, version, force }: RollbackWrite) =>
      updatePod(id, await getPodVersion(id, version), force),
    ({ id, version }) => ({
      kind: 'rollbackVersion',
      appIds: [],
      otherIds: [id],
      values: { version: formatIsoTime(version, locale) },
    }),
  );
}
