/** Status 0 means the request never got an HTTP answer (network down, proxy gone). */
export const NETWORK_ERROR_STATUS = 0;

/**
 * A failed call to Stadium's proxy, carrying the HTTP status, the upstream `{message}` and the
 * parsed body: Marathon puts what a form needs in it (422 `details`, 409 `deployments`).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly path: string;
  /** The response body parsed as JSON, else its text; undefined when there was no answer. */
  readonly body: unknown;

  constructor(options: {
    status: number;
    message: string;
    path: string;
    body?: unknown;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.status = options.status;
    this.path = options.path;
    this.body = options.body;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads the proxy's `{"message": ...}` body; falls back to the text body or the status text. */
export async function apiErrorFromResponse(path: string, response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  const body = parseBody(text);
  return new ApiError({
    status: response.status,
    message: messageFromBody(body, text) || response.statusText || `HTTP ${response.status}`,
    path,
    body,
  });
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON (e.g. an HTML error page from a proxy in between): keep the text.
    return text;
  }
}

function messageFromBody(body: unknown, text: string): string {
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const { message } = body;
    if (typeof message === 'string') return message;
  }
  return text.trim().slice(0, 300);
}
