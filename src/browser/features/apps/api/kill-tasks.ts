import { apiSend } from '../../../shared/api/api-client';
import { MARATHON_API, writeQuery } from '../../../shared/api/marathon-paths';
import { deploymentIdOf, useMarathonWrite, type SentWrite } from '../../deployments';

export interface KillTasksVariables {
  /** The app the tasks belong to (the write is followed on it). */
  appId: string;
  taskIds: string[];
  /** Also lower the app's instance count by the number killed (a deployment, 409 when locked). */
  scale: boolean;
  force?: boolean;
  /** Resident instances: also destroy their persistent volumes and reservations. */
  wipe?: boolean;
}

/**
 * POST /v2/tasks/delete. Without `scale` Marathon answers with the killed tasks and launches
 * replacements on its own; with it, with a deployment.
 */
export async function killTasks({
  taskIds,
  scale,
  force,
  wipe,
}: Omit<KillTasksVariables, 'appId'>): Promise<SentWrite> {
  const query = writeQuery({ scale, force: force || undefined, wipe: wipe || undefined });
  const result = await apiSend('POST', `${MARATHON_API}/tasks/delete${query}`, { ids: taskIds });
  const deploymentId = scale ? deploymentIdOf(result) : undefined;
  return deploymentId === undefined ? {} : { deploymentId };
}

/** Kill, or kill & scale, the chosen instances of one app. */
export function useKillTasks() {
  return useMarathonWrite(
    (variables: KillTasksVariables) => killTasks(variables),
    ({ appId, taskIds, scale }) => ({
      kind: scale ? 'killAndScale' : 'kill',
      appIds: [appId],
      values: { count: taskIds.length },
    }),
  );
}
