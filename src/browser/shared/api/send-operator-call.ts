import type { OperatorWriteCall } from '../../../api/mesos-operator';
import { apiSend } from './api-client';

/**
 * One v1 operator call through the proxy to the leading master. The master answers 200 with no
 * body, or a 4xx whose text (its own validation message) becomes the ApiError's message.
 */
export async function sendOperatorCall(call: OperatorWriteCall): Promise<void> {
  await apiSend('POST', '/api/mesos/api/v1', call);
}
