export interface MemoryFigures {
  rssMb: number;
  heapMb: number;
  /** Buffers and ArrayBuffers outside the JS heap. */
  externalMb: number;
}

const MB = 1024 * 1024;

/** This process's memory after a full collection (the bench runs with --expose-gc). */
export function measureMemory(): MemoryFigures {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return {
    rssMb: usage.rss / MB,
    heapMb: usage.heapUsed / MB,
    externalMb: usage.external / MB,
  };
}
