export type SortValue = string | number;

/**
 * Row indices sorted by one key, ties broken by `tieRank` (the rank in the id order) so every
 * order is total and pages never shuffle between requests. Built once per snapshot and key.
 */
export function buildOrder(
  count: number,
  keyOf: (index: number) => SortValue,
  tieRank?: Uint32Array,
): Uint32Array {
  const keys: SortValue[] = new Array<SortValue>(count);
  for (let i = 0; i < count; i++) keys[i] = keyOf(i);
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => {
    const ka = keys[a] as SortValue;
    const kb = keys[b] as SortValue;
    if (ka < kb) return -1;
    if (ka > kb) return 1;
    return tieRank === undefined ? a - b : (tieRank[a] as number) - (tieRank[b] as number);
  });
  return order;
}

/** Inverse of an order: `rank[index]` is the position of row `index`. */
export function rankOf(order: Uint32Array): Uint32Array {
  const rank = new Uint32Array(order.length);
  for (let position = 0; position < order.length; position++) {
    rank[order[position] as number] = position;
  }
  return rank;
}

/** Lazily built orders for one snapshot: keys nobody sorts on cost nothing. */
export class OrderCache<Key extends string> {
  private readonly orders = new Map<Key, Uint32Array>();
  private idRank: Uint32Array | undefined;

  /** `known`: orders that still hold (carried over from the snapshot this one was patched from). */
  constructor(
    private readonly count: number,
    private readonly idKey: Key,
    private readonly keyOf: (key: Key) => (index: number) => SortValue,
    known: ReadonlyMap<Key, Uint32Array> = new Map(),
  ) {
    for (const [key, order] of known) this.orders.set(key, order);
  }

  /** The order of `key` if it was built already. */
  built(key: Key): Uint32Array | undefined {
    return this.orders.get(key);
  }

  get(key: Key): Uint32Array {
    let order = this.orders.get(key);
    if (order !== undefined) return order;
    if (key === this.idKey) {
      order = buildOrder(this.count, this.keyOf(key));
    } else {
      this.idRank ??= rankOf(this.get(this.idKey));
      order = buildOrder(this.count, this.keyOf(key), this.idRank);
    }
    this.orders.set(key, order);
    return order;
  }
}

/** A small least-recently-used cache of filtered index lists, so paging a filter is O(limit). */
export class MatchCache {
  private readonly entries = new Map<string, Uint32Array>();

  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => Uint32Array): Uint32Array {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    return value;
  }
}

/** Walks `order` (reversed for descending) and keeps the indices `keep` accepts. */
export function filterOrder(
  order: Uint32Array,
  descending: boolean,
  keep: ((index: number) => boolean) | null,
): Uint32Array {
  const count = order.length;
  if (keep === null) {
    return descending ? order.slice().reverse() : order;
  }
  const out = new Uint32Array(count);
  let matched = 0;
  for (let k = 0; k < count; k++) {
    const index = order[descending ? count - 1 - k : k] as number;
    if (keep(index)) out[matched++] = index;
  }
  return out.slice(0, matched);
}
