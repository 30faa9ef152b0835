/**
 * An immutable map with string keys that shares structure between versions: `set` and
 * `delete` return a new map and copy only the path to the changed entry (a hash array
 * mapped trie, 32-way, so a few nodes of at most 32 slots), not the whole map.
 *
 * Why: `evolve` must return a new state per event without mutating the old one, and a
 * tenant's accounts can number in the hundreds (or more). Copying a `Map` per event would
 * make folding a stream O(events × accounts); this keeps it O(events × log32 accounts).
 *
 * It is a `ReadonlyMap`, so readers of `TenantState` use it like any map. Iteration follows
 * insertion order, as `Map` does (a re-inserted key goes last, an updated one keeps its place).
 */

interface Leaf<V> {
  readonly kind: 'leaf';
  readonly hash: number;
  readonly key: string;
  readonly value: V;
  /** Insertion order; kept when the value is replaced. */
  readonly seq: number;
}

interface Branch<V> {
  readonly kind: 'branch';
  /** Bit i set: slot i holds `children[popcount(bitmap below bit i)]`. */
  readonly bitmap: number;
  readonly children: readonly Trie<V>[];
}

/** Keys whose 32-bit hashes are equal. */
interface Collision<V> {
  readonly kind: 'collision';
  readonly hash: number;
  readonly leaves: readonly Leaf<V>[];
}

type Trie<V> = Leaf<V> | Branch<V> | Collision<V>;

const BITS_PER_LEVEL = 5;
const SLOT_MASK = 0b11111;

/** FNV-1a, 32 bits: cheap and spreads short ids well. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function popcount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function slotBit(hash: number, shift: number): number {
  return 1 << ((hash >>> shift) & SLOT_MASK);
}

function slotIndex(bitmap: number, bit: number): number {
  return popcount(bitmap & (bit - 1));
}

function withSlot<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

function withInserted<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = new Array<T>(items.length + 1);
  for (let i = 0; i < index; i++) copy[i] = items[i] as T;
  copy[index] = item;
  for (let i = index; i < items.length; i++) copy[i + 1] = items[i] as T;
  return copy;
}

function withoutSlot<T>(items: readonly T[], index: number): T[] {
  const copy = items.slice();
  copy.splice(index, 1);
  return copy;
}

const EMPTY_BRANCH: Branch<never> = { kind: 'branch', bitmap: 0, children: [] };

function find<V>(root: Branch<V>, hash: number, key: string): Leaf<V> | undefined {
  let node: Trie<V> = root;
  let shift = 0;
  for (;;) {
    switch (node.kind) {
      case 'leaf':
        return node.key === key ? node : undefined;
      case 'collision':
        return node.hash === hash ? node.leaves.find((leaf) => leaf.key === key) : undefined;
      case 'branch': {
        const bit = slotBit(hash, shift);
        if ((node.bitmap & bit) === 0) return undefined;
        node = node.children[slotIndex(node.bitmap, bit)] as Trie<V>;
        shift += BITS_PER_LEVEL;
        break;
      }
      default: {
        const unknownNode: never = node;
        throw new Error(`Unknown trie node ${String(unknownNode)}`);
      }
    }
  }
}

/**
 * A branch at `shift` holding `existing` and `leaf`, whose hashes differ. Two different 32-bit
 * hashes differ in some 5-bit slot at shift ≤ 30, so this never runs out of bits.
 */
function split<V>(existing: Leaf<V> | Collision<V>, leaf: Leaf<V>, shift: number): Branch<V> {
  const existingBit = slotBit(existing.hash, shift);
  const leafBit = slotBit(leaf.hash, shift);
  if (existingBit === leafBit) {
    return { kind: 'branch', bitmap: existingBit, children: [split(existing, leaf, shift + BITS_PER_LEVEL)] };
  }
  const children = existingBit >>> 0 < leafBit >>> 0 ? [existing, leaf] : [leaf, existing];
  return { kind: 'branch', bitmap: existingBit | leafBit, children };
}

/**
 * Set by `insert`: whether the key was new. A module variable rather than a returned pair
 * keeps the hot path free of extra allocations; only `PersistentMap.set` reads it, right after.
 */
let insertAdded = false;

/** `current` with the value of `leaf`, keeping its place in insertion order. */
function replacedLeaf<V>(current: Leaf<V>, leaf: Leaf<V>): Leaf<V> {
  if (Object.is(current.value, leaf.value)) return current;
  return { kind: 'leaf', hash: current.hash, key: current.key, value: leaf.value, seq: current.seq };
}

function branch<V>(bitmap: number, children: readonly Trie<V>[]): Branch<V> {
  return { kind: 'branch', bitmap, children };
}

function collision<V>(hash: number, leaves: readonly Leaf<V>[]): Collision<V> {
  return { kind: 'collision', hash, leaves };
}

/** `node` (at depth `shift`) with `leaf` put in; the same node when nothing changed. */
function insert<V>(node: Trie<V>, leaf: Leaf<V>, shift: number): Trie<V> {
  switch (node.kind) {
    case 'leaf':
      if (node.key === leaf.key) return replacedLeaf(node, leaf);
      insertAdded = true;
      return node.hash === leaf.hash ? collision(leaf.hash, [node, leaf]) : split(node, leaf, shift);
    case 'collision': {
      if (node.hash !== leaf.hash) {
        insertAdded = true;
        return split(node, leaf, shift);
      }
      const index = node.leaves.findIndex((candidate) => candidate.key === leaf.key);
      if (index < 0) {
        insertAdded = true;
        return collision(node.hash, [...node.leaves, leaf]);
      }
      const current = node.leaves[index] as Leaf<V>;
      const replaced = replacedLeaf(current, leaf);
      return replaced === current ? node : collision(node.hash, withSlot(node.leaves, index, replaced));
    }
    case 'branch': {
      const bit = slotBit(leaf.hash, shift);
      const index = slotIndex(node.bitmap, bit);
      if ((node.bitmap & bit) === 0) {
        insertAdded = true;
        return branch(node.bitmap | bit, withInserted(node.children, index, leaf));
      }
      const child = node.children[index] as Trie<V>;
      const updated = insert(child, leaf, shift + BITS_PER_LEVEL);
      return updated === child ? node : branch(node.bitmap, withSlot(node.children, index, updated));
    }
    default: {
      const unknownNode: never = node;
      throw new Error(`Unknown trie node ${String(unknownNode)}`);
    }
  }
}

/**
 * `node` without `key`: the same node when the key is absent, null when nothing is left.
 * A branch left with a single leaf collapses into it, so deletions do not leave long chains.
 */
function remove<V>(node: Trie<V>, hash: number, key: string, shift: number): Trie<V> | null {
  switch (node.kind) {
    case 'leaf':
      return node.key === key ? null : node;
    case 'collision': {
      if (node.hash !== hash) return node;
      const leaves = node.leaves.filter((leaf) => leaf.key !== key);
      if (leaves.length === node.leaves.length) return node;
      return leaves.length === 1 ? (leaves[0] as Leaf<V>) : collision(node.hash, leaves);
    }
    case 'branch': {
      const bit = slotBit(hash, shift);
      if ((node.bitmap & bit) === 0) return node;
      const index = slotIndex(node.bitmap, bit);
      const child = node.children[index] as Trie<V>;
      const updated = remove(child, hash, key, shift + BITS_PER_LEVEL);
      if (updated === child) return node;
      if (updated !== null) return branch(node.bitmap, withSlot(node.children, index, updated));
      const bitmap = node.bitmap & ~bit;
      if (bitmap === 0) return null;
      const children = withoutSlot(node.children, index);
      const only = children[0] as Trie<V>;
      return children.length === 1 && only.kind !== 'branch' ? only : branch(bitmap, children);
    }
    default: {
      const unknownNode: never = node;
      throw new Error(`Unknown trie node ${String(unknownNode)}`);
    }
  }
}

function collectLeaves<V>(node: Trie<V>, into: Leaf<V>[]): void {
  switch (node.kind) {
    case 'leaf':
      into.push(node);
      return;
    case 'collision':
      into.push(...node.leaves);
      return;
    case 'branch':
      for (const child of node.children) collectLeaves(child, into);
      return;
    default: {
      const unknownNode: never = node;
      throw new Error(`Unknown trie node ${String(unknownNode)}`);
    }
  }
}

/** The root stays a branch so lookups start the same way whatever the size. */
function asRoot<V>(node: Trie<V> | null): Branch<V> {
  if (node === null) return EMPTY_BRANCH;
  if (node.kind === 'branch') return node;
  const bit = slotBit(node.hash, 0);
  return { kind: 'branch', bitmap: bit, children: [node] };
}

export class PersistentMap<V> implements ReadonlyMap<string, V> {
  // Private fields (#) are not enumerable: two maps with the same entries compare equal in tests.
  readonly #root: Branch<V>;
  readonly #size: number;
  readonly #nextSeq: number;
  /** Entries in insertion order, computed on first iteration; the map never changes, so it stays valid. */
  #ordered: readonly Leaf<V>[] | undefined;

  private constructor(root: Branch<V>, size: number, nextSeq: number) {
    this.#root = root;
    this.#size = size;
    this.#nextSeq = nextSeq;
  }

  static empty<V>(): PersistentMap<V> {
    return new PersistentMap<V>(EMPTY_BRANCH, 0, 0);
  }

  static from<V>(entries: Iterable<readonly [string, V]>): PersistentMap<V> {
    let map = PersistentMap.empty<V>();
    for (const [key, value] of entries) map = map.set(key, value);
    return map;
  }

  /** The map itself when it is already persistent; a one-off copy of any other map. */
  static of<V>(map: ReadonlyMap<string, V>): PersistentMap<V> {
    return map instanceof PersistentMap ? (map as PersistentMap<V>) : PersistentMap.from(map);
  }

  get size(): number {
    return this.#size;
  }

  get [Symbol.toStringTag](): string {
    return 'PersistentMap';
  }

  get(key: string): V | undefined {
    return find(this.#root, hashOf(key), key)?.value;
  }

  has(key: string): boolean {
    return find(this.#root, hashOf(key), key) !== undefined;
  }

  /** A new map with `key` set; this map when the key already holds this very value. */
  set(key: string, value: V): PersistentMap<V> {
    const leaf: Leaf<V> = { kind: 'leaf', hash: hashOf(key), key, value, seq: this.#nextSeq };
    insertAdded = false;
    const root = insert(this.#root, leaf, 0) as Branch<V>;
    if (root === this.#root) return this;
    return insertAdded
      ? new PersistentMap(root, this.#size + 1, this.#nextSeq + 1)
      : new PersistentMap(root, this.#size, this.#nextSeq);
  }

  /** A new map without `key`; this map when the key is absent. */
  delete(key: string): PersistentMap<V> {
    const root = remove(this.#root, hashOf(key), key, 0);
    if (root === this.#root) return this;
    return new PersistentMap(asRoot(root), this.#size - 1, this.#nextSeq);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const leaf of this.#inOrder()) callback.call(thisArg, leaf.value, leaf.key, this);
  }

  *entries(): MapIterator<[string, V]> {
    for (const leaf of this.#inOrder()) yield [leaf.key, leaf.value];
  }

  *keys(): MapIterator<string> {
    for (const leaf of this.#inOrder()) yield leaf.key;
  }

  *values(): MapIterator<V> {
    for (const leaf of this.#inOrder()) yield leaf.value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  #inOrder(): readonly Leaf<V>[] {
    if (this.#ordered === undefined) {
      const leaves: Leaf<V>[] = [];
      collectLeaves(this.#root, leaves);
      this.#ordered = leaves.sort((a, b) => a.seq - b.seq);
    }
    return this.#ordered;
  }
}
