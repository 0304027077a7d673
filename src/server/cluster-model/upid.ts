/** libprocess UPIDs look like `slave(1)@10.0.1.108:5051` or `master@10.0.4.58:5050`. */

export function upidAddress(pid: string): string | null {
  const at = pid.lastIndexOf('@');
  if (at < 0) return null;
  const address = pid.slice(at + 1);
  return upidPortOf(address) === null ? null : address;
}

export function upidPort(pid: string): number | null {
  const address = upidAddress(pid);
  return address === null ? null : upidPortOf(address);
}

function upidPortOf(address: string): number | null {
  const colon = address.lastIndexOf(':');
  if (colon < 0) return null;
  const port = Number(address.slice(colon + 1));
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
}
