import { describe, expect, it } from 'vitest';
import type { AgentRow } from '../../api/cluster-model';
import { AgentHistoryStore } from './agent-history';
import { RingBuffer } from './metrics-history';
import { parsePortRanges, toResourceSet } from './resources';

function agent(id: string, cpusUsed: number): AgentRow {
  const resources = (cpus: number) => ({ cpus, mem: 1024, disk: 0, gpus: 0, ports: [] });
  return {
    id,
    hostname: id,
    pid: '',
    address: `${id}:5051`,
    port: 5051,
    active: true,
    recovered: false,
    version: null,
    registeredTime: null,
    reregisteredTime: null,
    total: resources(4),
    used: resources(cpusUsed),
    offered: resources(0),
    reserved: {},
    attributes: {},
    region: null,
    zone: null,
    taskCounts: { active: 0, unreachable: 0, completed: 0, byState: {} },
    frameworkIds: [],
  };
}

describe('RingBuffer', () => {
  it('keeps the newest items, oldest first, once it wraps at capacity', () => {
    const ring = new RingBuffer<number>(3);
    expect(ring.toArray()).toEqual([]);
    ring.push(1);
    ring.push(2);
    expect(ring.toArray()).toEqual([1, 2]);
    for (const n of [3, 4, 5, 6, 7]) ring.push(n);
    expect(ring.toArray()).toEqual([5, 6, 7]);
    expect(ring.length).toBe(3);
    expect(() => new RingBuffer(0)).toThrow();
  });
});

describe('AgentHistoryStore', () => {
  it('keeps used vs total per agent per sample, skipping samples where the agent was absent', () => {
    const store = new AgentHistoryStore({ maxSamples: 4, minSamples: 2 });
    store.record(1_000, [agent('a', 1), agent('b', 2)]);
    store.record(2_000, [agent('a', 1.1)]);
    store.record(3_000, [agent('a', 1.2), agent('b', 3)]);
    expect(store.history('a')).toMatchObject({
      t: [1_000, 2_000, 3_000],
      cpus: { used: [1, 1.1, 1.2], total: [4, 4, 4] },
    });
    expect(store.history('b')).toMatchObject({ t: [1_000, 3_000], cpus: { used: [2, 3] } });
    for (let i = 4; i <= 9; i++) store.record(i * 1_000, [agent('a', i)]);
    expect(store.history('a')?.t).toEqual([6_000, 7_000, 8_000, 9_000]);
    // Absent for a whole ring: dropped.
    expect(store.history('b')).toBeNull();
    expect(store.history('never')).toBeNull();
  });

  it('shortens the rings to stay within the memory budget as the cluster grows', () => {
    // 4 floats of 4 bytes per sample: 64 agents x 16 B x 8 samples = 8 KiB.
    const store = new AgentHistoryStore({ budgetBytes: 8 * 1024, maxSamples: 64, minSamples: 4 });
    store.record(1, [agent('a', 1)]);
    store.record(2, [agent('a', 2)]);
    expect(store.samplesPerAgent).toBe(64);
    const many = Array.from({ length: 64 }, (_, i) => agent(`n${i}`, 0));
    store.record(3, [agent('a', 3), ...many.slice(1)]);
    expect(store.samplesPerAgent).toBe(8);
    expect(store.history('a')?.cpus.used).toEqual([1, 2, 3]);
    for (let i = 4; i <= 20; i++) store.record(i, [agent('a', i), ...many.slice(1)]);
    expect(store.history('a')?.t).toEqual([13, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('gives each sample the totals the agent had then, across re-layouts', () => {
    const store = new AgentHistoryStore({ maxSamples: 4, minSamples: 2 });
    const sized = (cpusUsed: number, cpusTotal: number, gpus = 0) => {
      const row = agent('a', cpusUsed);
      return { ...row, total: { ...row.total, cpus: cpusTotal, gpus } };
    };
    store.record(1, [sized(1, 4)]);
    store.record(2, [sized(1, 8)]);
    store.record(3, [sized(2, 8, 1)]);
    store.record(4, [sized(2, 8, 1)]);
    expect(store.history('a')).toMatchObject({
      t: [1, 2, 3, 4],
      cpus: { used: [1, 1, 2, 2], total: [4, 8, 8, 8] },
      gpus: { used: [0, 0, 0, 0], total: [0, 0, 1, 1] },
    });
    store.record(5, [sized(3, 2.51, 1)]);
    store.record(6, [sized(3, 2.51, 1)]);
    expect(store.history('a')).toMatchObject({
      t: [3, 4, 5, 6],
      cpus: { used: [2, 2, 3, 3], total: [8, 8, 2.51, 2.51] },
    });
    // A second agent halves the rings: the newest samples are kept with their totals.
    const small = new AgentHistoryStore({ budgetBytes: 2 * 16 * 2, maxSamples: 4, minSamples: 1 });
    for (let t = 1; t <= 4; t++) small.record(t, [sized(t, t * 10)]);
    small.record(5, [sized(5, 50), agent('b', 1)]);
    expect(small.samplesPerAgent).toBe(2);
    expect(small.history('a')).toMatchObject({ t: [4, 5], cpus: { total: [40, 50] } });
  });
});

describe('resources', () => {
  it("reads Mesos' range text and protobuf-JSON resource arrays", () => {
    expect(parsePortRanges('[31000-31000, 31100-31105]')).toEqual([
      { begin: 31000, end: 31000 },
      { begin: 31100, end: 31105 },
    ]);
    expect(parsePortRanges('')).toEqual([]);
    expect(
      toResourceSet([
        { name: 'cpus', type: 'SCALAR', scalar: { value: 0.5 } },
        { name: 'cpus', type: 'SCALAR', scalar: { value: 0.25 }, role: 'r' },
        { name: 'ports', type: 'RANGES', ranges: { range: [{ begin: 80, end: 81 }] } },
      ]),
    ).toEqual({ cpus: 0.75, mem: 0, disk: 0, gpus: 0, ports: [{ begin: 80, end: 81 }] });
  });
});
