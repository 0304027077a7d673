/**
 * How Mesos answers over HTTP: JSON as `application/json`, `?jsonp=<callback>` wrapping,
 * libprocess' bare status replies.
 */
const encoder = new TextEncoder();

function jsonpWrap(url: URL, body: Uint8Array<ArrayBuffer>): Response | undefined {
  const callback = url.searchParams.get('jsonp');
  if (!callback) return undefined;
  const wrapped = concatBytes(encoder.encode(`${callback}(`), body, encoder.encode(');'));
  return new Response(wrapped, { headers: { 'Content-Type': 'text/javascript' } });
}

/** A JSON body, or its JSONP form when the request names a callback. */
export function mesosJson(url: URL, value: unknown): Response {
  return mesosJsonBytes(url, encoder.encode(JSON.stringify(value)));
}

export function mesosJsonBytes(url: URL, body: Uint8Array<ArrayBuffer>): Response {
  return (
    jsonpWrap(url, body) ?? new Response(body, { headers: { 'Content-Type': 'application/json' } })
  );
}

export function mesosText(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
