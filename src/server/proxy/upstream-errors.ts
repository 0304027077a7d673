/**
 * Error codes that mean the request never left Stadium: the TCP connection was not established,
 * so even a POST may be sent again elsewhere without risk of applying it twice.
 */
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** OpenSSL's verdicts on an upstream's certificate. */
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'STADIUM_UPSTREAM_DEADLINE',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // undici wraps connect failures of aggregated addresses (IPv4 + IPv6) in `errors`.
  const nested = (error as { errors?: unknown }).errors;
  return Array.isArray(nested) ? errorCode(nested[0]) : undefined;
}

/** True when the upstream cannot have seen the request (connect-level failure). */
export function neverReachedUpstream(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && NEVER_SENT_CODES.has(code);
}

export function isUpstreamTimeout(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== undefined && TIMEOUT_CODES.has(code)) return true;
  return error instanceof Error && error.name === 'TimeoutError';
}

/** A short operator-facing reason, e.g. `connection refused (ECONNREFUSED)`. */
export function describeUpstreamError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host name not resolved (${code})`;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return 'connect timed out';
  if (code !== undefined && CERTIFICATE_CODES.has(code)) {
    return code === 'ERR_TLS_CERT_ALTNAME_INVALID'
      ? `its TLS certificate does not name this host (${code})`
      : `its TLS certificate is not trusted (${code}); give the CA that signed it with --ca-file`;
  }
  if (code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER')
    return `TLS handshake failed (${code}): is the URL's scheme (http/https) right?`;
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return 'no response headers in time';
  if (code === 'UND_ERR_BODY_TIMEOUT') return 'response body stalled';
  if (code === 'STADIUM_UPSTREAM_DEADLINE') return (error as Error).message;
  if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET') return 'the connection was closed';
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${message} (${code})` : message;
}
