import type { AgentHistory, AgentRow } from '../../api/cluster-model';

/** cpus, mem, disk and gpus used; an agent's totals are kept apart, they seldom change. */
const VALUES_PER_SAMPLE = 4;
const BYTES_PER_SAMPLE = VALUES_PER_SAMPLE * Float32Array.BYTES_PER_ELEMENT;

export interface AgentHistoryOptions {
  /** Memory the per-agent rings may take together; default 16 MiB. */
  budgetBytes?: number;
  /** Samples kept per agent at most (default 720) and at least (default 30). */
  maxSamples?: number;
  minSamples?: number;
}

/** An agent's totals (cpus, mem, disk, gpus, as float32) from sample `from` on. */
type Totals = [from: number, cpus: number, mem: number, disk: number, gpus: number];

interface AgentRing {
  /** Used amounts per slot; NaN where the agent was absent. */
  used: Float32Array;
  /** Oldest first; the first one may start before the oldest sample held. */
  totals: Totals[];
  lastSeen: number;
}

/**
 * Per-agent allocation (used vs total) at each master-state poll, in one Float32Array ring of
 * used amounts per agent sharing one ring of sample times; totals are kept once per change. The
 * ring length follows the cluster size so the rings fit `budgetBytes`: 720 samples up to ~1400
 * agents, ~100 samples at 10k agents (with the 60 s poll of that size, still more than an hour
 * and a half). Agents gone for a full ring are dropped.
 */
export class AgentHistoryStore {
  private readonly budgetBytes: number;
  private readonly maxSamples: number;
  private readonly minSamples: number;
  private capacity: number;
  private times: Float64Array;
  private readonly rings = new Map<string, AgentRing>();
  /** Samples recorded since the last re-layout; sample `s` lives in slot `s % capacity`. */
  private count = 0;

  constructor(options: AgentHistoryOptions = {}) {
    this.budgetBytes = options.budgetBytes ?? 16 * 1024 * 1024;
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
          used: new Float32Array(this.capacity * VALUES_PER_SAMPLE).fill(NaN),
          totals: [],
          lastSeen: 0,
        };
        this.rings.set(agent.id, ring);
      }
      ring.lastSeen = sample;
      const at = slot * VALUES_PER_SAMPLE;
      const { used, total } = agent;
      ring.used.set([used.cpus, used.mem, used.disk, used.gpus], at);
      const totals: Totals = [
        sample,
        Math.fround(total.cpus),
        Math.fround(total.mem),
        Math.fround(total.disk),
        Math.fround(total.gpus),
      ];
      const last = ring.totals.at(-1);
      if (last === undefined || totals.some((value, k) => k > 0 && value !== last[k])) {
        ring.totals.push(totals);
      }
      dropTotalsBefore(ring, sample - this.capacity + 1);
    }
    for (const [id, ring] of this.rings) {
      if (present.has(id)) continue;
      if (sample - ring.lastSeen >= this.capacity) this.rings.delete(id);
      else ring.used.fill(NaN, slot * VALUES_PER_SAMPLE, (slot + 1) * VALUES_PER_SAMPLE);
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
    let segment = 0;
    for (let sample = this.count - held; sample < this.count; sample++) {
      const slot = sample % this.capacity;
      const at = slot * VALUES_PER_SAMPLE;
      const v = ring.used;
      if (Number.isNaN(v[at])) continue;
      while ((ring.totals[segment + 1]?.[0] ?? Infinity) <= sample) segment++;
      const totals = ring.totals[segment];
      out.t.push(this.times[slot] as number);
      out.cpus.used.push(round(v[at]));
      out.cpus.total.push(round(totals?.[1]));
      out.mem.used.push(round(v[at + 1]));
      out.mem.total.push(round(totals?.[2]));
      out.disk.used.push(round(v[at + 2]));
      out.disk.total.push(round(totals?.[3]));
      out.gpus.used.push(round(v[at + 3]));
      out.gpus.total.push(round(totals?.[4]));
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
      const used = new Float32Array(capacity * VALUES_PER_SAMPLE).fill(NaN);
      for (let k = 0; k < kept; k++) {
        const from = ((first + k) % this.capacity) * VALUES_PER_SAMPLE;
        used.set(ring.used.subarray(from, from + VALUES_PER_SAMPLE), k * VALUES_PER_SAMPLE);
      }
      ring.used = used;
      ring.lastSeen -= first;
      for (const totals of ring.totals) totals[0] -= first;
      dropTotalsBefore(ring, 0);
    }
    this.times = times;
    this.capacity = capacity;
    this.count = kept;
  }
}

/** Forgets totals that ended before `sample` (no sample held from there on uses them). */
function dropTotalsBefore(ring: AgentRing, sample: number): void {
  let drop = 0;
  while ((ring.totals[drop + 1]?.[0] ?? Infinity) <= sample) drop++;
  if (drop > 0) ring.totals.splice(0, drop);
}

/** Float32 turns 2.51 into 2.5099999904632568; three decimals is all any chart shows. */
function round(value: number | undefined): number {
  return Math.round((value ?? 0) * 1000) / 1000;
}
