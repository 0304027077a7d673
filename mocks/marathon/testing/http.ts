/** Small fetch wrappers so tests read as what they check. */
export interface JsonReply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export async function sendJson<T = unknown>(
  method: string,
  url: string,
  body?: unknown,
): Promise<JsonReply<T>> {
  const response = await fetch(url, {
    method,
    ...(body === undefined
      ? {}
      : {
          body: typeof body === 'string' ? body : JSON.stringify(body),
          headers: { 'Content-Type': 'application/json' },
        }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

export const getJson = <T = unknown>(url: string) => sendJson<T>('GET', url);
