/** v0 resource objects: `{cpus, mem, disk, gpus, ports: "[a-b, ...]"}`. */
import type { MesosResources } from '../../src/api/mesos';
import { formatPortRanges, portsToRanges } from './port-ranges';
import type { PortRange } from './port-ranges';
import type { Scalars } from './records';

/** Float sums of 0.1 cpus drift; Mesos itself rounds scalars to three decimals. */
export const round3 = (value: number): number => Math.round(value * 1000) / 1000;

export function resourcesJson(
  scalars: Scalars,
  ports?: Iterable<number> | readonly PortRange[],
): MesosResources {
  const json: MesosResources = {
    disk: round3(scalars.disk),
    mem: round3(scalars.mem),
    gpus: round3(scalars.gpus),
    cpus: round3(scalars.cpus),
  };
  if (ports) {
    const ranges = isRanges(ports) ? ports : portsToRanges(ports);
    if (ranges.length > 0) json.ports = formatPortRanges(ranges);
  }
  return json;
}

export function isRanges(
  ports: Iterable<number> | readonly PortRange[],
): ports is readonly PortRange[] {
  return Array.isArray(ports) && Array.isArray(ports[0]);
}

export function addScalars(into: Scalars, add: Scalars): void {
  into.cpus += add.cpus;
  into.mem += add.mem;
  into.disk += add.disk;
  into.gpus += add.gpus;
}

export const zeroScalars = (): Scalars => ({ cpus: 0, mem: 0, disk: 0, gpus: 0 });
