import { isApiError, NETWORK_ERROR_STATUS } from '../../../shared/api/api-error';
import type { ServerErrorResponse } from '../editor/map-marathon-errors';

/** What the editor shows at fields and paths: Marathon's answer. No answer at all is not one. */
export function serverErrorOf(error: unknown): ServerErrorResponse | undefined {
  if (!isApiError(error) || error.status === NETWORK_ERROR_STATUS) return undefined;
  return { status: error.status, body: error.body };
}
