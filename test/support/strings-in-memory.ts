/**
 * Every string reachable from `roots` through object properties (TypeScript's private ones
 * included: they are plain properties at run time), array items and the entries of Sets, Maps and
 * read-only maps: what a heap dump of those objects would show. For tests that check a cache
 * keeps no trace of something.
 */
export function stringsReachableFrom(...roots: readonly unknown[]): Set<string> {
  const strings = new Set<string>();
  const seen = new WeakSet<object>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      strings.add(value);
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    // Raw bytes (keys, rows' blobs) are not text a cache serves; typed arrays would be walked byte by byte.
    if (ArrayBuffer.isView(value)) continue;
    if (value instanceof Map || isMapLike(value)) {
      // The domain's PersistentMap keeps its entries in # fields, which no property walk reaches.
      for (const [key, item] of value.entries()) stack.push(key, item);
    } else if (value instanceof Set) {
      for (const item of value) stack.push(item);
    }
    for (const key of Object.keys(value)) {
      stack.push(key, (value as Record<string, unknown>)[key]);
    }
  }
  return strings;
}

function isMapLike(value: object): value is ReadonlyMap<unknown, unknown> {
  const map = value as Partial<ReadonlyMap<unknown, unknown>>;
  return typeof map.entries === 'function' && typeof map.get === 'function' && typeof map.has === 'function';
}
