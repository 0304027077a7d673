/**
 * Injected latency and error statuses, applied in front of every simulated node (masters,
 * agents and Marathon instances) by one MSW handler that otherwise lets requests fall through.
 */
import { delay, http } from 'msw';
import type { RequestHandler } from 'msw';

export interface Fault {
  /** `host:port` of one node; every node when absent. */
  node?: string;
  pathPrefix?: string;
  latencyMs?: number;
  status?: number;
}

export class FaultRegistry {
  private readonly faults = new Set<Fault>();

  inject(fault: Fault): () => void {
    const entry = { ...fault };
    this.faults.add(entry);
    return () => {
      this.faults.delete(entry);
    };
  }

  clear(): void {
    this.faults.clear();
  }

  matching(address: string, path: string): Fault[] {
    return [...this.faults].filter(
      (f) =>
        (f.node === undefined || f.node === address) &&
        (f.pathPrefix === undefined || path.startsWith(f.pathPrefix)),
    );
  }

  /** Delays and/or answers requests to `isNode` hosts that match a fault. */
  handler(isNode: (address: string) => boolean): RequestHandler {
    return http.all('*', async ({ request }) => {
      if (this.faults.size === 0) return undefined;
      const url = new URL(request.url);
      if (!isNode(url.host)) return undefined;
      const faults = this.matching(url.host, url.pathname);
      const latency = Math.max(0, ...faults.map((f) => f.latencyMs ?? 0));
      if (latency > 0) await delay(latency);
      const status = faults.find((f) => f.status !== undefined)?.status;
      if (status === undefined) return undefined;
      return new Response(`Injected fault: HTTP ${status}\n`, {
        status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    });
  }
}
