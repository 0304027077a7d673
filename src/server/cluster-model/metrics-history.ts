import type { MetricsHistory, MetricsSample } from '../../api/cluster-model';

/** Fixed-capacity ring: the oldest sample is overwritten once `capacity` samples are held. */
export class RingBuffer<T> {
  private readonly items: (T | undefined)[];
  private next = 0;
  private size = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('capacity must be >= 1');
    this.items = new Array<T | undefined>(capacity);
  }

  push(item: T): void {
    this.items[this.next] = item;
    this.next = (this.next + 1) % this.capacity;
    this.size = Math.min(this.size + 1, this.capacity);
  }

  /** Oldest first. */
  toArray(): T[] {
    const out: T[] = [];
    const start = (this.next - this.size + this.capacity) % this.capacity;
    for (let k = 0; k < this.size; k++) {
      out.push(this.items[(start + k) % this.capacity] as T);
    }
    return out;
  }

  get length(): number {
    return this.size;
  }
}

function metric(snapshot: Record<string, number>, name: string): number {
  const value = snapshot[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Picks the leader's `master/*` gauges and task counters (docs/monitoring.md names). */
export function sampleFromMetrics(t: number, snapshot: Record<string, number>): MetricsSample {
  const pair = (resource: string) => ({
    total: metric(snapshot, `master/${resource}_total`),
    used: metric(snapshot, `master/${resource}_used`),
  });
  const tasks = (state: string) => metric(snapshot, `master/tasks_${state}`);
  return {
    t,
    cpus: pair('cpus'),
    mem: pair('mem'),
    disk: pair('disk'),
    gpus: pair('gpus'),
    tasks: {
      staging: tasks('staging'),
      starting: tasks('starting'),
      running: tasks('running'),
      killing: tasks('killing'),
      unreachable: tasks('unreachable'),
      finished: tasks('finished'),
      failed: tasks('failed'),
      killed: tasks('killed'),
      lost: tasks('lost'),
      error: tasks('error'),
    },
  };
}

export function historyOf(ring: RingBuffer<MetricsSample>, intervalMs: number): MetricsHistory {
  return { intervalMs, capacity: ring.capacity, samples: ring.toArray() };
}
