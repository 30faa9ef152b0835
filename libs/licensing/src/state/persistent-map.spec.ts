import fc from 'fast-check';
import { PersistentMap } from './persistent-map';
import { PROPERTY_TIMEOUT_MS } from '../testing/property-timeout';

// Pairs of keys with the same 32-bit FNV-1a hash, to exercise collision nodes.
const COLLIDING = ['k4uzx', 'kf2ad', 'k4uzy', 'kf2ae', 'k4uzz', 'kf2af'];

type Op =
  | { readonly kind: 'set'; readonly key: string; readonly value: number }
  | { readonly kind: 'delete'; readonly key: string };

const keyArb = fc.oneof(
  fc.constantFrom(...COLLIDING),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: 0, max: 2000 }).map(String),
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: keyArb }) },
);

function expectSame(map: PersistentMap<number>, model: ReadonlyMap<string, number>): void {
  expect(map.size).toBe(model.size);
  expect([...map.entries()]).toEqual([...model.entries()]);
  for (const [key, value] of model) {
    expect(map.has(key)).toBe(true);
    expect(map.get(key)).toBe(value);
  }
}

describe('PersistentMap', () => {
  it(
    'behaves like a Map, insertion order included, and every older version stays as it was',
    () => {
      // Every version is compared after each run: a run costs the square of its length. Ten ops is
      // the bound fast-check's default size already kept (a `maxLength: 300` here never generated
      // more than 10); "grows to many keys" below covers size (ISSUE 10, finding 15).
      fc.assert(
        fc.property(fc.array(opArb, { maxLength: 10 }), (ops) => {
          const versions: [PersistentMap<number>, Map<string, number>][] = [
            [PersistentMap.empty(), new Map()],
          ];
          for (const op of ops) {
            const [map, model] = versions[versions.length - 1] as [
              PersistentMap<number>,
              Map<string, number>,
            ];
            const nextModel = new Map(model);
            if (op.kind === 'set') nextModel.set(op.key, op.value);
            else nextModel.delete(op.key);
            versions.push([op.kind === 'set' ? map.set(op.key, op.value) : map.delete(op.key), nextModel]);
          }
          for (const [map, model] of versions) expectSame(map, model);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('grows to many keys and shrinks back to empty', () => {
    let map = PersistentMap.empty<number>();
    for (let i = 0; i < 5000; i++) map = map.set(`account-${i}`, i);
    expect(map.size).toBe(5000);
    expect(map.get('account-4321')).toBe(4321);
    for (let i = 0; i < 5000; i++) map = map.delete(`account-${i}`);
    expect(map.size).toBe(0);
    expect([...map]).toEqual([]);
  });

  it('returns itself when nothing changes', () => {
    const map = PersistentMap.from([['a', 1]]);
    expect(map.set('a', 1)).toBe(map);
    expect(map.delete('b')).toBe(map);
  });

  it('wraps any ReadonlyMap once and passes a persistent one through', () => {
    const map = PersistentMap.of(new Map([['a', 1]]));
    expect(map.get('a')).toBe(1);
    expect(PersistentMap.of(map)).toBe(map);
  });

  it('supports forEach, keys and values like a Map', () => {
    const map = PersistentMap.from([
      ['b', 2],
      ['a', 1],
    ]);
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['b=2', 'a=1']);
    expect([...map.keys()]).toEqual(['b', 'a']);
    expect([...map.values()]).toEqual([2, 1]);
    expect(String(map)).toBe('[object PersistentMap]');
  });
});
