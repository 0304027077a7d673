import { apiSend } from '../../../shared/api/api-client';
import { MARATHON_API, appIdSegments } from '../../../shared/api/marathon-paths';
import { useMarathonWrite, type SentWrite } from '../../deployments';

/** DELETE /v2/queue/{id}/delay: ends the launch backoff now (204; 404 when nothing waits). */
export async function resetDelay(appId: string): Promise<SentWrite> {
  await apiSend('DELETE', `${MARATHON_API}/queue/${appIdSegments(appId)}/delay`);
  return {};
}

export function useResetDelay() {
  return useMarathonWrite(
    ({ appId }: { appId: string }) => resetDelay(appId),
    ({ appId }) => ({ kind: 'resetDelay', appIds: [appId] }),
  );
}
