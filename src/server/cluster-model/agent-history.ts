import type { AgentHistory, AgentRow } from '../../api/cluster-model';

/** cpus, mem, disk, gpus: used then total. */
const VALUES_PER_SAMPLE = 8;
const BYTES_PER_SAMPLE = VALUES_PER_SAMPLE * Float32Array.BYTES_PER_ELEMENT;

export interface AgentHistoryOptions {
  /** Memory the per-agent rings may take together; default 32 MiB. */
  budgetBytes?: number;
  /** Samples kept per agent at most (default 720) and at least (default 30). */
  maxSamples?: number;
  minSamples?: number;
}

/**
 * Per-agent allocation (used vs total) at each master-state poll, in one Float32Array ring per
 * agent sharing one ring of sample times. The ring length follows the cluster size so the whole
 * history fits `budgetBytes`: 720 samples up to ~1400 agents, ~100 samples at 10k agents (with the
 * 60 s poll of that size, still more than an hour and a half). Agents gone for a full ring are dropped.
 */
export class AgentHistoryStore {
  private readonly budgetBytes: number;
  private readonly maxSamples: number;
  private readonly minSamples: number;
  private capacity: number;
  private times: Float64Array;
  private readonly rings = new Map<string, { values: Float32Array; lastSeen: number }>();
  /** Samples recorded since the last re-layout; sample `s` lives in slot `s % capacity`. */
  private count = 0;

  constructor(options: AgentHistoryOptions = {}) {
    this.budgetBytes = options.budgetBytes ?? 32 * 1024 * 1024;
    this.maxSamples = options.maxSamples ?? 720;
    this.minSamples = Math.min(options.minSamples ?? 30, this.maxSamples);
    this.capacity = this.maxSamples;
    this.times = new Float64Array(this.capacity);
  }

  get samplesPerAgent(): number {
    return this.capacity;
  }

  record(t: number, agents: readonly AgentRow[]): void {
    const wanted = this.capacityFor(agents.length);
    if (wanted < this.capacity || wanted >= 2 * this.capacity) this.relayout(wanted);
    const sample = this.count;
    const slot = sample % this.capacity;
    this.times[slot] = t;
    const present = new Set<string>();
    for (const agent of agents) {
      present.add(agent.id);
      let ring = this.rings.get(agent.id);
      if (ring === undefined) {
        ring = {
          values: new Float32Array(this.capacity * VALUES_PER_SAMPLE).fill(NaN),
          lastSeen: 0,
        };
        this.rings.set(agent.id, ring);
      }
      ring.lastSeen = sample;
      const at = slot * VALUES_PER_SAMPLE;
      const v = ring.values;
      v[at] = agent.used.cpus;
      v[at + 1] = agent.total.cpus;
      v[at + 2] = agent.used.mem;
      v[at + 3] = agent.total.mem;
      v[at + 4] = agent.used.disk;
      v[at + 5] = agent.total.disk;
      v[at + 6] = agent.used.gpus;
      v[at + 7] = agent.total.gpus;
    }
    for (const [id, ring] of this.rings) {
      if (present.has(id)) continue;
      if (sample - ring.lastSeen >= this.capacity) this.rings.delete(id);
      else ring.values.fill(NaN, slot * VALUES_PER_SAMPLE, (slot + 1) * VALUES_PER_SAMPLE);
    }
    this.count++;
  }

  history(agentId: string): AgentHistory | null {
    const ring = this.rings.get(agentId);
    if (ring === undefined) return null;
    const out: AgentHistory = {
      agentId,
      t: [],
      cpus: { used: [], total: [] },
      mem: { used: [], total: [] },
      disk: { used: [], total: [] },
      gpus: { used: [], total: [] },
    };
    const held = Math.min(this.count, this.capacity);
    for (let sample = this.count - held; sample < this.count; sample++) {
      const slot = sample % this.capacity;
      const at = slot * VALUES_PER_SAMPLE;
      const v = ring.values;
      if (Number.isNaN(v[at])) continue;
      out.t.push(this.times[slot] as number);
      out.cpus.used.push(round(v[at]));
      out.cpus.total.push(round(v[at + 1]));
      out.mem.used.push(round(v[at + 2]));
      out.mem.total.push(round(v[at + 3]));
      out.disk.used.push(round(v[at + 4]));
      out.disk.total.push(round(v[at + 5]));
      out.gpus.used.push(round(v[at + 6]));
      out.gpus.total.push(round(v[at + 7]));
    }
    return out;
  }

  private capacityFor(agents: number): number {
    const fits = Math.floor(this.budgetBytes / (Math.max(agents, 1) * BYTES_PER_SAMPLE));
    return Math.min(this.maxSamples, Math.max(this.minSamples, fits));
  }

  /** Copies the newest samples into rings of the new length, oldest first from slot 0. */
  private relayout(capacity: number): void {
    const kept = Math.min(this.count, capacity);
    const first = this.count - kept;
    const times = new Float64Array(capacity);
    for (let k = 0; k < kept; k++) times[k] = this.times[(first + k) % this.capacity] as number;
    for (const ring of this.rings.values()) {
      const values = new Float32Array(capacity * VALUES_PER_SAMPLE).fill(NaN);
      for (let k = 0; k < kept; k++) {
        const from = ((first + k) % this.capacity) * VALUES_PER_SAMPLE;
        values.set(ring.values.subarray(from, from + VALUES_PER_SAMPLE), k * VALUES_PER_SAMPLE);
      }
      ring.values = values;
      ring.lastSeen -= first;
    }
    this.times = times;
    this.capacity = capacity;
    this.count = kept;
  }
}

/** Float32 turns 2.51 into 2.5099999904632568; three decimals is all any chart shows. */
function round(value: number | undefined): number {
  return Math.round((value ?? 0) * 1000) / 1000;
}
