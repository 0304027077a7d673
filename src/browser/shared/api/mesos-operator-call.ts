import { apiSend } from './api-client';

/**
 * One call of the master's v1 operator API through the proxy (`POST /api/v1` on the leader).
 * Mesos answers a done call 200 with an empty body and a refused one with a plain-text reason,
 * which the thrown ApiError carries.
 */
export async function sendOperatorCall(call: { type: string } & Record<string, unknown>) {
  await apiSend('POST', '/api/mesos/api/v1', call);
}
