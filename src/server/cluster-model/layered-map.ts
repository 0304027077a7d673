/** Marks a key the overlay deleted from the base. */
const DELETED: unique symbol = Symbol('deleted');

/** An overlay this large is merged into a new base: lookups and copies stay cheap. */
const MAX_OVERLAY = 4_096;

/**
 * A read-only map made of a shared base map and a small overlay of what changed since. A
 * snapshot patched from the previous one shares that one's base and copies only the overlay:
 * copying a 100k-entry map costs 30–200 ms, copying a few hundred entries nothing. Once the
 * overlay grows past MAX_OVERLAY the two are merged into a new base.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly overlay: ReadonlyMap<K, V | typeof DELETED>,
    readonly size: number,
  ) {}

  static of<K, V>(map: ReadonlyMap<K, V>): LayeredMap<K, V> {
    return map instanceof LayeredMap ? map : new LayeredMap(map, new Map(), map.size);
  }

  /** This map with `changes` applied (undefined deletes); this one is left as it is. */
  with(changes: ReadonlyMap<K, V | undefined>): LayeredMap<K, V> {
    const overlay = new Map(this.overlay);
    let size = this.size;
    for (const [key, value] of changes) {
      const had = this.has(key);
      if (value === undefined) {
        if (!had) continue;
        size--;
        if (this.base.has(key)) overlay.set(key, DELETED);
        else overlay.delete(key);
        continue;
      }
      if (!had) size++;
      overlay.set(key, value);
    }
    if (overlay.size <= MAX_OVERLAY) return new LayeredMap(this.base, overlay, size);
    const merged = new Map(this.base);
    for (const [key, value] of overlay) {
      if (value === DELETED) merged.delete(key);
      else merged.set(key, value);
    }
    return new LayeredMap(merged, new Map(), merged.size);
  }

  get(key: K): V | undefined {
    const value = this.overlay.get(key);
    if (value === DELETED) return undefined;
    return value !== undefined ? value : this.base.get(key);
  }

  has(key: K): boolean {
    const value = this.overlay.get(key);
    return value === DELETED ? false : value !== undefined || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) {
      const over = this.overlay.get(key);
      if (over === undefined) yield [key, value];
      else if (over !== DELETED) yield [key, over];
    }
    for (const [key, value] of this.overlay) {
      if (value !== DELETED && !this.base.has(key)) yield [key, value];
    }
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
