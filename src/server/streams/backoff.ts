/** Waits that double from `firstMs` up to `maxMs`, back to `firstMs` after a success. */
export class Backoff {
  private nextMs: number;
  constructor(
    private readonly firstMs: number,
    private readonly maxMs: number,
  ) {
    this.nextMs = firstMs;
  }
  next(): number {
    const wait = this.nextMs;
    this.nextMs = Math.min(this.nextMs * 2, this.maxMs);
    return wait;
  }
  reset(): void {
    this.nextMs = this.firstMs;
  }

  /**
   * The wait before reconnecting a stream that lived `livedMs`: none for one that had been up a
   * while (a failover ends streams, and the new leader is there now), growing for one that keeps
   * failing at once.
   */
  afterStream(livedMs: number): number {
    if (livedMs < STABLE_STREAM_MS) return this.next();
    this.reset();
    return 0;
  }
}

/** A stream that stayed up this long was healthy; its end is not a repeated failure. */
const STABLE_STREAM_MS = 10_000;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
