/**
 * Seeded randomness for the simulated cluster: the same seed always builds the same cluster
 * (ids, start times, jitter), so tests and screenshots are reproducible.
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** A version-4-shaped UUID drawn from the stream. */
  uuid(): string;
}

/** mulberry32: tiny, fast and good enough for simulation jitter and ids. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex8 = (): string =>
    Math.floor(next() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    uuid: () => {
      const [a, b, c, d] = [hex8(), hex8(), hex8(), hex8()];
      const variant = (8 + (parseInt(c.charAt(0), 16) % 4)).toString(16);
      return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
    },
  };
}
