import { apiSend } from '../../../shared/api/api-client';
import { MARATHON_API, appIdSegments } from '../../../shared/api/marathon-paths';
import { useMarathonWrite, type SentWrite } from '../../deployments';

/**
 * DELETE /v2/queue/{id}/delay: ends the launch backoff now (204; 404 when nothing waits). Apps
 * and pods share the path: `id` is either.
 */
export async function resetDelay(id: string): Promise<SentWrite> {
  await apiSend('DELETE', `${MARATHON_API}/queue/${appIdSegments(id)}/delay`);
  return {};
}

export function useResetDelay() {
  return useMarathonWrite(
    ({ id }: { id: string; pod?: boolean }) => resetDelay(id),
    ({ id, pod }) =>
      pod
        ? { kind: 'resetDelay', appIds: [], otherIds: [id] }
        : { kind: 'resetDelay', appIds: [id] },
  );
}
