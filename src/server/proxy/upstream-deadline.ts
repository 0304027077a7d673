import type { UpstreamRequest } from './send-upstream';

/** How long an upstream may take to answer a request before the browser gets a 504; --upstream-timeout. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;

/**
 * Longest silence inside a streamed answer (Marathon's event stream, sandbox downloads): those
 * are exempt from the total deadline, since they are meant to last, but not from going quiet.
 */
export const STREAM_IDLE_MS = 300_000;

/** The request's deadline passed before the upstream answered. */
export class UpstreamDeadlineError extends Error {
  override readonly name = 'TimeoutError';
  readonly code = 'STADIUM_UPSTREAM_DEADLINE';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${formatSeconds(timeoutMs)}`);
  }
}

export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/**
 * Answers meant to stream for a long time: Marathon's `/v2/events` (server-sent events) and
 * file downloads from masters and agents.
 */
export function isStreamRequest(path: string, headers: Record<string, string | string[]>): boolean {
  const pathname = path.split('?', 1)[0] ?? '';
  if (/(^|\/)v2\/events$/.test(pathname) || /\/files\/download(\.json)?$/.test(pathname)) {
    return true;
  }
  const accept = headers['accept'];
  return (Array.isArray(accept) ? accept.join(',') : (accept ?? '')).includes('text/event-stream');
}

export interface Deadline {
  /** Aborts when the client goes away or the deadline passes, whichever is first. */
  readonly signal: AbortSignal;
  expired(): boolean;
  /** Settles with `work`, or rejects with the deadline's error once it passes. */
  race<T>(work: Promise<T>): Promise<T>;
  /** Called once the answer's headers are in: the body is then governed by idle limits only. */
  clear(): void;
}

/** A deadline for one proxied request (all hops, redirects and the one retry included). */
export function startDeadline(timeoutMs: number, clientSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  const error = new UpstreamDeadlineError(timeoutMs);
  const timer = setTimeout(() => controller.abort(error), timeoutMs);
  const signal = clientSignal
    ? AbortSignal.any([clientSignal, controller.signal])
    : controller.signal;
  return {
    signal,
    expired: () => controller.signal.aborted,
    race(work) {
      if (controller.signal.aborted) return Promise.reject(error);
      return new Promise((resolve, reject) => {
        const onAbort = () => reject(error);
        controller.signal.addEventListener('abort', onAbort, { once: true });
        work.then(resolve, reject).finally(() => {
          controller.signal.removeEventListener('abort', onAbort);
        });
      });
    },
    clear: () => clearTimeout(timer),
  };
}

/**
 * The request as sent under a deadline: undici's header limit is the deadline, and the body may
 * go quiet for as long (streams: for STREAM_IDLE_MS).
 */
export function underDeadline(
  request: UpstreamRequest,
  timeoutMs: number,
): { sent: UpstreamRequest; deadline: Deadline } {
  const deadline = startDeadline(timeoutMs, request.signal);
  const stream = isStreamRequest(request.path, request.headers);
  return {
    deadline,
    sent: {
      ...request,
      signal: deadline.signal,
      timeouts: { headersMs: timeoutMs, bodyIdleMs: stream ? STREAM_IDLE_MS : timeoutMs },
    },
  };
}
