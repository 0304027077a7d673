/** Timestamps and identifiers; all randomness comes from the seeded PRNG. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

function hex(random: () => number, digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i += 1) out += Math.floor(random() * 16).toString(16);
  return out;
}

/** Random (v4-shaped) UUID, as Marathon uses for deployment plans. */
export function randomUuid(random: () => number): string {
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${variant}${hex(random, 3)}-${hex(random, 12)}`;
}

/**
 * Time-based (v1-shaped) UUID like the ones in real task ids (`net.c0a40ad4-b294-11e8-...`):
 * the time fields come from model time, the node part from the PRNG.
 */
export function timeUuid(ms: number, random: () => number): string {
  const ticks = BigInt(ms) * 10000n + 0x01b21dd213814000n;
  const timeLow = (ticks & 0xffffffffn).toString(16).padStart(8, '0');
  const timeMid = ((ticks >> 32n) & 0xffffn).toString(16).padStart(4, '0');
  const timeHi = ((ticks >> 48n) & 0x0fffn).toString(16).padStart(3, '0');
  const clockSeq = (8 + Math.floor(random() * 4)).toString(16) + hex(random, 3);
  return `${timeLow}-${timeMid}-1${timeHi}-${clockSeq}-${hex(random, 12)}`;
}

/** Marathon's `PathId.safePath`: `/tools/docker/registry` -> `tools_docker_registry`. */
export function safeAppPath(appId: string): string {
  return appId.split('/').filter(Boolean).join('_');
}
