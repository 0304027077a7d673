import type { Dispatcher } from 'undici';

export interface UpstreamRequest {
  method: string;
  /** Path and query exactly as the client sent them (after the /api/... prefix), starting with `/`. */
  path: string;
  headers: Record<string, string | string[]>;
  /** Buffered so that a 307 can be answered by sending the same body again. */
  body?: Buffer;
  signal?: AbortSignal;
  /** undici's per-request limits: time to the response headers, longest silence in the body. */
  timeouts?: { headersMs: number; bodyIdleMs: number };
}

export interface UpstreamAnswer {
  /** Origin that produced the final response (differs from the first after a redirect). */
  origin: string;
  response: Dispatcher.ResponseData;
}

/** The request to `origin` failed without a response; `cause` is undici's error. */
export class UpstreamRequestError extends Error {
  constructor(
    readonly origin: string,
    override readonly cause: unknown,
  ) {
    super(`request to ${origin} failed`);
  }
}

export class TooManyRedirectsError extends Error {
  constructor(chain: string[], maxRedirects: number) {
    super(`more than ${maxRedirects} redirects: ${chain.join(' -> ')}`);
  }
}

/** A redirect named a host that is none of the known nodes; it was not followed. */
export class ForeignRedirectError extends Error {
  constructor(
    readonly from: string,
    readonly location: string,
  ) {
    super(`${from} redirected to ${location}`);
  }
}

/** The known node's base URL for a redirect target, or null when it is no known node. */
export type KnownNodeOf = (target: string) => Promise<string | null>;

export const MAX_REDIRECTS = 3;

export async function sendOnce(
  dispatcher: Dispatcher,
  origin: string,
  request: UpstreamRequest,
): Promise<Dispatcher.ResponseData> {
  try {
    return await dispatcher.request({
      origin,
      path: request.path,
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers,
      body: request.body ?? null,
      signal: request.signal ?? null,
      ...(request.timeouts && {
        headersTimeout: request.timeouts.headersMs,
        bodyTimeout: request.timeouts.bodyIdleMs,
      }),
    });
  } catch (error) {
    throw new UpstreamRequestError(origin, error);
  }
}

/**
 * Sends the request and follows redirects itself: Mesos answers 307 with a scheme-less
 * `Location: //leader:5050/path?query`, resolved here against the URL that was asked. 307/308
 * keep the method and body; 301/302/303 are followed for GET and HEAD only. Only redirects to
 * known nodes are followed (to their configured base URL); any other throws ForeignRedirectError.
 */
export async function sendFollowingRedirects(
  dispatcher: Dispatcher,
  origin: string,
  request: UpstreamRequest,
  knownNodeOf: KnownNodeOf,
  maxRedirects = MAX_REDIRECTS,
): Promise<UpstreamAnswer> {
  // The first hop sends the client's path byte for byte; later hops use the resolved Location.
  let target = { origin, path: request.path };
  const chain = [`${origin}${request.path}`];
  for (;;) {
    const response = await sendOnce(dispatcher, target.origin, { ...request, path: target.path });
    const next = redirectTarget(
      response,
      request.method,
      new URL(`${target.origin}${target.path}`),
    );
    if (!next) return { origin: target.origin, response };
    await response.body.dump();
    const known = await knownNodeOf(next.href);
    if (known === null) throw new ForeignRedirectError(target.origin, next.origin);
    chain.push(next.href);
    if (chain.length > maxRedirects + 1) throw new TooManyRedirectsError(chain, maxRedirects);
    target = { origin: known, path: `${next.pathname}${next.search}` };
  }
}

function redirectTarget(response: Dispatcher.ResponseData, method: string, from: URL): URL | null {
  const { statusCode } = response;
  const keepsMethod = statusCode === 307 || statusCode === 308;
  const safeMethod = method === 'GET' || method === 'HEAD';
  if (!keepsMethod && !(safeMethod && [301, 302, 303].includes(statusCode))) return null;
  const location = response.headers['location'];
  if (typeof location !== 'string' || location === '') return null;
  try {
    const next = new URL(location, from);
    return next.protocol === 'http:' || next.protocol === 'https:' ? next : null;
  } catch {
    return null;
  }
}
