/** Mesos port resources: inclusive ranges, written as text like "[31000-31004, 31010-32000]". */
export type PortRange = [number, number];

export function formatPortRanges(ranges: readonly PortRange[]): string {
  return `[${ranges.map(([from, to]) => `${from}-${to}`).join(', ')}]`;
}

/** Collapse a list of single ports into sorted ranges. */
export function portsToRanges(ports: Iterable<number>): PortRange[] {
  const sorted = [...ports].sort((a, b) => a - b);
  const ranges: PortRange[] = [];
  for (const port of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && port === last[1] + 1) last[1] = port;
    else if (!last || port > last[1]) ranges.push([port, port]);
  }
  return ranges;
}

/** `total` minus the given ports. */
export function subtractPorts(total: readonly PortRange[], used: ReadonlySet<number>): PortRange[] {
  const usedRanges = portsToRanges(used);
  const free: PortRange[] = [];
  for (const [from, to] of total) {
    let start = from;
    for (const [usedFrom, usedTo] of usedRanges) {
      if (usedTo < start || usedFrom > to) continue;
      if (usedFrom > start) free.push([start, usedFrom - 1]);
      start = usedTo + 1;
    }
    if (start <= to) free.push([start, to]);
  }
  return free;
}
