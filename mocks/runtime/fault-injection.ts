/**
 * Injected faults, applied in front of every simulated node (masters, agents and Marathon
 * instances) by one MSW handler that otherwise lets requests fall through: latency, error
 * statuses, a node that hangs, a body that trickles, a body cut short and a body of garbage.
 */
import { delay, getResponse, http } from 'msw';
import type { RequestHandler } from 'msw';

export interface Fault {
  /** `host:port` of one node; every node when absent. */
  node?: string;
  pathPrefix?: string;
  /** Exactly this path (`/master/state`, not `/master/state-summary`). */
  path?: string;
  latencyMs?: number;
  status?: number;
  /** Accept the request and never answer it, until the fault is removed. */
  hang?: boolean;
  /** The real answer, its body spread over this many ms (ten pieces). */
  slowBodyMs?: number;
  /** The real answer's headers and the first half of its body, then the connection is cut. */
  truncate?: boolean;
  /** 200 with `Content-Type: application/json` and a body that is not JSON. */
  garbage?: boolean;
}

/** What a garbage fault answers: the start of a JSON document, then bytes of something else. */
export const GARBAGE_BODY = '{"slaves": [{"id": \u0000\u00ff<html>502 Bad Gateway</html>';

export class FaultRegistry {
  private readonly faults = new Set<Fault>();
  /** Requests held by hang faults, released when their fault goes. */
  private readonly hung = new Map<Fault, Set<() => void>>();

  inject(fault: Fault): () => void {
    const entry = { ...fault };
    this.faults.add(entry);
    return () => {
      this.faults.delete(entry);
      this.release(entry);
    };
  }

  clear(): void {
    for (const fault of this.faults) this.release(fault);
    this.faults.clear();
  }

  matching(address: string, path: string): Fault[] {
    return [...this.faults].filter(
      (f) =>
        (f.node === undefined || f.node === address) &&
        (f.pathPrefix === undefined || path.startsWith(f.pathPrefix)) &&
        (f.path === undefined || path === f.path),
    );
  }

  /**
   * Applies the faults matching a request to `isNode` hosts; `rest` answers it for real when a
   * fault needs the real answer (slow, truncated).
   */
  handler(isNode: (address: string) => boolean, rest: () => RequestHandler[]): RequestHandler {
    return http.all('*', async ({ request }) => {
      if (this.faults.size === 0) return undefined;
      const url = new URL(request.url);
      if (!isNode(url.host)) return undefined;
      const faults = this.matching(url.host, url.pathname);
      if (faults.length === 0) return undefined;
      const latency = Math.max(0, ...faults.map((f) => f.latencyMs ?? 0));
      if (latency > 0) await delay(latency);
      const hang = faults.find((f) => f.hang);
      if (hang) {
        await this.holdWhile(hang, request.signal);
        return undefined;
      }
      const status = faults.find((f) => f.status !== undefined)?.status;
      if (status !== undefined) {
        return new Response(`Injected fault: HTTP ${status}\n`, {
          status,
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        });
      }
      if (faults.some((f) => f.garbage)) {
        return new Response(GARBAGE_BODY, {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      const slowBodyMs = Math.max(0, ...faults.map((f) => f.slowBodyMs ?? 0));
      const truncate = faults.some((f) => f.truncate);
      if (slowBodyMs === 0 && !truncate) return undefined;
      const real = await getResponse(rest(), request);
      if (!real || real.type === 'error') return real;
      const body = new Uint8Array(await real.arrayBuffer());
      return new Response(
        pieces(truncate ? body.subarray(0, body.length >> 1) : body, slowBodyMs, truncate),
        {
          status: real.status,
          headers: real.headers,
        },
      );
    });
  }

  private holdWhile(fault: Fault, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (!this.faults.has(fault)) return resolve();
      const waiting = this.hung.get(fault) ?? new Set();
      this.hung.set(fault, waiting);
      const done = () => {
        waiting.delete(done);
        resolve();
      };
      waiting.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  private release(fault: Fault): void {
    for (const done of this.hung.get(fault) ?? []) done();
    this.hung.delete(fault);
  }
}

/** `bytes` in ten pieces over `spreadMs`; with `fail`, the stream errors after the last one. */
function pieces(bytes: Uint8Array, spreadMs: number, fail: boolean): ReadableStream<Uint8Array> {
  const count = 10;
  const size = Math.ceil(bytes.length / count) || 1;
  let sent = 0;
  return new ReadableStream({
    async pull(controller) {
      if (sent >= bytes.length) {
        if (fail) controller.error(new Error('injected fault: connection cut mid-body'));
        else controller.close();
        return;
      }
      if (spreadMs > 0) await delay(spreadMs / count);
      controller.enqueue(bytes.slice(sent, sent + size));
      sent += size;
    },
  });
}
