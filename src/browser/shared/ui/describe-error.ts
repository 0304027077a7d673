import type { TFunction } from 'i18next';
import { isApiError, NETWORK_ERROR_STATUS } from '../api/api-error';

/** One line for an operator: the HTTP status and the upstream's own message. */
export function describeError(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    return error.status === NETWORK_ERROR_STATUS
      ? t('errors.network', { message: error.message })
      : t('errors.upstream', { status: error.status, message: error.message });
  }
  return error instanceof Error ? error.message : t('errors.unexpected');
}
