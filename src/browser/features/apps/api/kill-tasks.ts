import { apiSend } from '../../../shared/api/api-client';
import { deploymentIdOf } from '../../deployments';
import { MARATHON_API, writeQuery } from '../../../shared/api/marathon-paths';
import { useMarathonWrite, type SentWrite, type WriteVariables } from '../../deployments';

export interface KillTasksVariables extends WriteVariables {
  taskIds: string[];
  /** Also lower the app's instance count by the number killed (a deployment, 409 when locked). */
  scale: boolean;
  force?: boolean;
}

/**
 * POST /v2/tasks/delete. Without `scale` Marathon answers with the killed tasks and launches
 * replacements on its own; with it, with a deployment.
 */
export async function killTasks({
  taskIds,
  scale,
  force,
}: Omit<KillTasksVariables, 'description'>): Promise<SentWrite> {
  const query = writeQuery({ scale, force: force || undefined });
  const result = await apiSend('POST', `${MARATHON_API}/tasks/delete${query}`, { ids: taskIds });
  const deploymentId = scale ? deploymentIdOf(result) : undefined;
  return deploymentId === undefined ? {} : { deploymentId };
}

export function useKillTasks() {
  return useMarathonWrite((variables: KillTasksVariables) => killTasks(variables));
}
