import type { IncomingHttpHeaders } from 'node:http';

/** RFC 9110 §7.6.1 connection-specific headers, never forwarded in either direction. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * The browser's credentials are for Stadium, never for an upstream: a page must not be able to
 * act on Mesos or Marathon with whatever the operator's browser holds for their hosts.
 */
const BROWSER_CREDENTIALS = ['cookie', 'authorization'];

/**
 * Upstream answers must not set cookies on Stadium's origin (a session of its own) or open it to
 * other origins (Marathon's --access_control_allow_origin); Stadium sets its own policy.
 */
const UPSTREAM_POLICY = [
  'set-cookie',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
  'content-security-policy',
  'content-security-policy-report-only',
];

type HeaderValue = string | string[] | undefined;

function connectionListed(headers: Record<string, HeaderValue>): Set<string> {
  const connection = headers['connection'];
  const text = Array.isArray(connection) ? connection.join(',') : (connection ?? '');
  return new Set(
    text
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean),
  );
}

function withoutHopByHop(
  headers: Record<string, HeaderValue>,
  alsoDrop: readonly string[],
): Record<string, string | string[]> {
  const listed = connectionListed(headers);
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (
      value === undefined ||
      HOP_BY_HOP.has(lower) ||
      listed.has(lower) ||
      alsoDrop.includes(lower)
    ) {
      continue;
    }
    result[lower] = value;
  }
  return result;
}

/**
 * Headers for the upstream request, built only here. Host and Content-Length are recomputed by
 * the client for the (possibly redirected) target and the buffered body; Expect is answered by
 * Stadium itself; the browser's Cookie and Authorization stay with Stadium.
 */
export function upstreamRequestHeaders(
  incoming: IncomingHttpHeaders,
  client: { ip: string; host: string | undefined; protocol: string },
): Record<string, string | string[]> {
  const headers = withoutHopByHop(incoming, [
    'host',
    'content-length',
    'expect',
    ...BROWSER_CREDENTIALS,
  ]);
  const priorFor = headers['x-forwarded-for'];
  headers['x-forwarded-for'] = priorFor ? `${String(priorFor)}, ${client.ip}` : client.ip;
  if (client.host !== undefined) headers['x-forwarded-host'] = client.host;
  headers['x-forwarded-proto'] = client.protocol;
  return headers;
}

/** Upstream response headers as passed to the browser (status, caching, ETag, downloads...). */
export function downstreamResponseHeaders(
  upstream: Record<string, HeaderValue>,
): Record<string, string | string[]> {
  return withoutHopByHop(upstream, UPSTREAM_POLICY);
}
