import { ApiError, apiErrorFromResponse, NETWORK_ERROR_STATUS } from './api-error';

export interface ApiRequestOptions {
  signal?: AbortSignal;
}

/**
 * Absolute URL on the page's origin: the SPA is always served by Stadium's proxy, and jsdom's
 * fetch (used by component tests) rejects relative URLs.
 */
export function apiUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

/** GET a JSON document from Stadium's proxy. Throws `ApiError`; aborts propagate unchanged. */
export async function apiGet<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      headers: { accept: 'application/json' },
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({
      status: NETWORK_ERROR_STATUS,
      message: error instanceof Error ? error.message : String(error),
      path,
      cause: error,
    });
  }
  if (!response.ok) throw await apiErrorFromResponse(path, response);
  return (await response.json()) as T;
}
