import type { PortRange, ResourceAmounts, ResourceSet } from '../../api/cluster-model';
import { asArray, asNumber, asString, isRecord } from './read-json';

export function emptyResourceSet(): ResourceSet {
  return { cpus: 0, mem: 0, disk: 0, gpus: 0, ports: [] };
}

export function emptyAmounts(): ResourceAmounts {
  return { cpus: 0, mem: 0, disk: 0, gpus: 0 };
}

export function addAmounts(into: ResourceAmounts, add: ResourceAmounts): void {
  into.cpus += add.cpus;
  into.mem += add.mem;
  into.disk += add.disk;
  into.gpus += add.gpus;
}

/** Parses Mesos' range text `[31000-32000, 33000-33000]`; anything unreadable is skipped. */
export function parsePortRanges(text: string): PortRange[] {
  const ranges: PortRange[] = [];
  for (const match of text.matchAll(/(\d+)\s*-\s*(\d+)/g)) {
    const begin = Number(match[1]);
    const end = Number(match[2]);
    if (begin <= end) ranges.push({ begin, end });
  }
  return ranges;
}

/** Host ports of a range list, capped: a task holding a 1000-port range must not blow up a row. */
export function expandPorts(ranges: readonly PortRange[], cap = 64): number[] {
  const ports: number[] = [];
  for (const range of ranges) {
    for (let port = range.begin; port <= range.end && ports.length < cap; port++) ports.push(port);
  }
  return ports;
}

const SCALARS = ['cpus', 'mem', 'disk', 'gpus'] as const;

/**
 * v0 endpoints write resources as `{cpus, mem, disk, gpus?, ports: "[a-b]"}`; executors embedded in
 * 0.2x master state carry protobuf-JSON arrays `[{name, type, scalar: {value}, ranges}]`. Both are read.
 */
export function toResourceSet(value: unknown): ResourceSet {
  const set = emptyResourceSet();
  if (Array.isArray(value)) {
    for (const item of asArray(value)) {
      if (!isRecord(item)) continue;
      const name = asString(item.name);
      if (name === 'ports' && isRecord(item.ranges)) {
        for (const range of asArray(item.ranges.range)) {
          if (!isRecord(range)) continue;
          const begin = asNumber(range.begin);
          const end = asNumber(range.end);
          if (begin !== null && end !== null) set.ports.push({ begin, end });
        }
      } else if (isScalarName(name) && isRecord(item.scalar)) {
        set[name] += asNumber(item.scalar.value) ?? 0;
      }
    }
    return set;
  }
  if (!isRecord(value)) return set;
  for (const name of SCALARS) set[name] = asNumber(value[name]) ?? 0;
  const ports = asString(value.ports);
  if (ports !== null) set.ports = parsePortRanges(ports);
  return set;
}

function isScalarName(name: string | null): name is (typeof SCALARS)[number] {
  return name === 'cpus' || name === 'mem' || name === 'disk' || name === 'gpus';
}
