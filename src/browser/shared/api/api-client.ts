import { CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from '../../../api/console-header';
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

/**
 * Headers of every request to /api; the proxy refuses writes without the console's header (a page
 * on another site cannot send it).
 */
function apiHeaders(headers: Record<string, string>): Record<string, string> {
  return { accept: 'application/json', ...headers, [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE };
}

/** A preload this old is not adopted: the page reads afresh instead of showing stale rows. */
export const PRELOAD_FRESH_MS = 10_000;

const preloads = new Map<string, { response: Promise<Response>; startedAt: number }>();

/**
 * Starts `GET path` now, before the code that will ask for it has loaded (src/browser/preload.ts);
 * the first `apiGet` of the same path adopts the answer instead of asking again.
 */
export function preloadGet(path: string): void {
  const response = fetch(apiUrl(path), { headers: apiHeaders({}) });
  // A failed preload is reported, if at all, by the request that adopts it.
  response.catch(() => {});
  preloads.set(path, { response, startedAt: Date.now() });
}

/** The preload of `path`, once and only while fresh; later reads of the path go to the proxy. */
function adoptPreload(path: string, signal?: AbortSignal): Promise<Response> | undefined {
  const preload = preloads.get(path);
  if (preload === undefined) return undefined;
  preloads.delete(path);
  if (Date.now() - preload.startedAt > PRELOAD_FRESH_MS) return undefined;
  if (!signal) return preload.response;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    preload.response.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

async function request(
  path: string,
  init: RequestInit & { headers: Record<string, string> },
  signal?: AbortSignal,
): Promise<Response> {
  let response: Response;
  try {
    const preloaded = init.method === undefined ? adoptPreload(path, signal) : undefined;
    response = await (preloaded ??
      fetch(apiUrl(path), { ...init, headers: apiHeaders(init.headers), signal }));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({
      status: NETWORK_ERROR_STATUS,
      message: error instanceof Error ? error.message : String(error),
      path,
      cause: error,
    });
  }
  if (!response.ok) throw await apiErrorFromResponse(path, response);
  return response;
}

/** GET a JSON document from Stadium's proxy. Throws `ApiError`; aborts propagate unchanged. */
export async function apiGet<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const response = await request(path, { headers: {} }, options.signal);
  return (await response.json()) as T;
}

/** GET a JSON document as its raw bytes, for bodies that must not be decoded as UTF-8. */
export async function apiGetBytes(
  path: string,
  options: ApiRequestOptions = {},
): Promise<Uint8Array> {
  const response = await request(path, { headers: {} }, options.signal);
  return new Uint8Array(await response.arrayBuffer());
}

export type ApiSendMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiSendResult<T> {
  status: number;
  /** The parsed JSON body; undefined for an empty answer (204, or Marathon's 202 on a forced cancel). */
  body: T | undefined;
  /** Marathon names the deployment a write started in `Marathon-Deployment-Id`. */
  headers: Headers;
}

/** A write through Stadium's proxy with an optional JSON body. Throws `ApiError` with the parsed body. */
export async function apiSend<T>(
  method: ApiSendMethod,
  path: string,
  body?: unknown,
  options: ApiRequestOptions = {},
): Promise<ApiSendResult<T>> {
  const response = await request(
    path,
    {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
    options.signal,
  );
  const text = await response.text();
  return {
    status: response.status,
    body: text.trim() === '' ? undefined : (JSON.parse(text) as T),
    headers: response.headers,
  };
}

/** A write with a form body (`application/x-www-form-urlencoded`), as Mesos' v0 endpoints take. */
export async function apiSendForm(path: string, form: URLSearchParams): Promise<void> {
  await request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
}
