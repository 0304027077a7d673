import type { Dispatcher } from 'undici';
import { describeUpstreamError } from '../proxy/upstream-errors';

export type ProbeResult =
  | { ok: true; statusCode: number; headers: Dispatcher.ResponseData['headers']; body: string }
  | { ok: false; error: string };

export const PROBE_TIMEOUT_MS = 2_000;

/** One small GET with a short deadline and no redirect following; never throws. */
export async function probe(
  dispatcher: Dispatcher,
  baseUrl: string,
  path: string,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<ProbeResult> {
  try {
    const response = await dispatcher.request({
      origin: baseUrl,
      path,
      method: 'GET',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.body.text();
    return { ok: true, statusCode: response.statusCode, headers: response.headers, body };
  } catch (error) {
    return { ok: false, error: describeUpstreamError(error) };
  }
}

export function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
