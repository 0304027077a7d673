/** Status 0 means the request never got an HTTP answer (network down, proxy gone). */
export const NETWORK_ERROR_STATUS = 0;

/** A failed call to Stadium's proxy, carrying the HTTP status and the upstream `{message}`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly path: string;

  constructor(options: { status: number; message: string; path: string; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.status = options.status;
    this.path = options.path;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads the proxy's `{"message": ...}` body; falls back to the text body or the status text. */
export async function apiErrorFromResponse(path: string, response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  return new ApiError({
    status: response.status,
    message: messageFromBody(text) || response.statusText || `HTTP ${response.status}`,
    path,
  });
}

function messageFromBody(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && 'message' in body) {
      const { message } = body;
      if (typeof message === 'string') return message;
    }
  } catch {
    // Not JSON (e.g. an HTML error page from a proxy in between): show its text instead.
  }
  return text.trim().slice(0, 300);
}
