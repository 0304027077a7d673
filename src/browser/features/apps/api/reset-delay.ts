import { apiSend } from '../../../shared/api/api-client';
import { MARATHON_API, appIdSegments } from '../../../shared/api/marathon-paths';
import { useMarathonWrite, type SentWrite, type WriteVariables } from '../../deployments';

export interface ResetDelayVariables extends WriteVariables {
  appId: string;
}

/** DELETE /v2/queue/{id}/delay: ends the launch backoff now (204; 404 when nothing waits). */
export async function resetDelay(appId: string): Promise<SentWrite> {
  await apiSend('DELETE', `${MARATHON_API}/queue/${appIdSegments(appId)}/delay`);
  return {};
}

export function useResetDelay() {
  return useMarathonWrite(({ appId }: ResetDelayVariables) => resetDelay(appId));
}
