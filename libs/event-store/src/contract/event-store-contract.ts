/**
 * The EventStore contract, written once and run against every adapter (ENGINEERING.md "One port,
 * two adapters"). An adapter's spec file calls:
 *
 *   describeEventStoreContract('eventstoredb', async () => {
 *     const store = await openMyStore();
 *     return {
 *       store,
 *       reopen: () => openMyStore(),           // optional
 *       cleanup: async () => { await store.close(); },
 *     };
 *   });
 *
 * - `open` runs before every case and gives a ready store. The store need not be empty: every case
 *   uses stream names and prefixes of its own, and reads `$all` only through a
 *   prefix filter, so one shared server (or several runs at once) is fine.
 * - `reopen` opens a second store over the same data. The suite closes `store` first and closes
 *   what `reopen` returned itself. Without it, the "reopened store" case passes without checking.
 * - `cleanup` runs after every case, even a failed one: close what is still open (the suite may
 *   already have closed `store`, so `close()` must be idempotent) and remove temporary data.
 *
 * Ids are UUIDs and batches stay small (EventStoreDB limits an append to about 1 MiB).
 */
import { APPEND_SIZE_BUDGET, APPEND_SIZE_LIMIT, appendSizeOf } from '../append-size';
import { AppendTooLargeError, WrongExpectedRevisionError } from '../errors';
import type { AllSubscription, EventStore } from '../event-store';
import type { JsonObject, RecordedEvent } from '../events';
import {
  anEvent,
  asRead,
  aStreamName,
  aStreamPrefix,
  collect,
  idsOf,
  isStrictlyIncreasing,
  positionsOf,
  rejectionOf,
  someEvents,
  staysPending,
  takeNext,
  withTimeout,
} from './contract-fixtures';

export interface OpenedStore {
  readonly store: EventStore;
  readonly reopen?: () => Promise<EventStore>;
  readonly cleanup: () => Promise<void>;
}

export type OpenStore = () => Promise<OpenedStore>;

export function describeEventStoreContract(adapterName: string, open: OpenStore): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let opened: OpenedStore | undefined;
    let store: EventStore;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });

    afterEach(async () => {
      // Cleared first so a failed open() in the next case cannot clean this one up twice.
      const finished = opened;
      opened = undefined;
      await finished?.cleanup();
    });

    async function expectWrongRevision(
      attempt: Promise<unknown>,
      expected: { streamName: string; expected: unknown; actual: bigint | null },
    ): Promise<void> {
      const error = await rejectionOf(attempt);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject(expected);
    }

    describe('append with an expected revision', () => {
      it('no-stream creates the stream, revisions counting from 0', async () => {
        const stream = aStreamName();
        const result = await store.append(stream, someEvents(2), 'no-stream');
        expect(result.nextExpectedRevision).toBe(1n);
        expect(await collect(store.readStream(stream))).toHaveLength(2);
      });

      it('no-stream on an existing stream fails with its actual revision and appends nothing', async () => {
        const stream = aStreamName();
        await store.append(stream, someEvents(3), 'no-stream');
        await expectWrongRevision(store.append(stream, [anEvent()], 'no-stream'), {
          streamName: stream,
          expected: 'no-stream',
          actual: 2n,
        });
        expect(await collect(store.readStream(stream))).toHaveLength(3);
      });

      it('an exact revision appends when it is the current one', async () => {
        const stream = aStreamName();
        const first = await store.append(stream, someEvents(2), 'no-stream');
        const second = await store.append(stream, someEvents(3), first.nextExpectedRevision);
        expect(second.nextExpectedRevision).toBe(4n);
      });

      it('a stale or future exact revision fails with the actual revision and appends nothing', async () => {
        const stream = aStreamName();
        await store.append(stream, someEvents(3), 'no-stream');
        await expectWrongRevision(store.append(stream, [anEvent()], 1n), {
          streamName: stream,
          expected: 1n,
          actual: 2n,
        });
        await expectWrongRevision(store.append(stream, [anEvent()], 7n), {
          streamName: stream,
          expected: 7n,
          actual: 2n,
        });
        expect(await collect(store.readStream(stream))).toHaveLength(3);
      });

      it('an exact revision on a missing stream fails with actual null', async () => {
        const stream = aStreamName();
        await expectWrongRevision(store.append(stream, [anEvent()], 0n), {
          streamName: stream,
          expected: 0n,
          actual: null,
        });
        expect(await collect(store.readStream(stream))).toEqual([]);
      });

      it('any appends to a missing stream and to an existing one', async () => {
        const stream = aStreamName();
        expect((await store.append(stream, [anEvent()], 'any')).nextExpectedRevision).toBe(0n);
        expect((await store.append(stream, someEvents(2), 'any')).nextExpectedRevision).toBe(2n);
      });

      it('stream-exists appends to an existing stream and fails on a missing one', async () => {
        const existing = aStreamName();
        await store.append(existing, [anEvent()], 'no-stream');
        expect((await store.append(existing, [anEvent()], 'stream-exists')).nextExpectedRevision).toBe(1n);

        const missing = aStreamName();
        await expectWrongRevision(store.append(missing, [anEvent()], 'stream-exists'), {
          streamName: missing,
          expected: 'stream-exists',
          actual: null,
        });
        expect(await collect(store.readStream(missing))).toEqual([]);
      });

      it('an empty append to an existing stream appends nothing and reports its current revision', async () => {
        const stream = aStreamName();
        await store.append(stream, someEvents(2), 'no-stream');
        expect((await store.append(stream, [], 'any')).nextExpectedRevision).toBe(1n);
        expect(await collect(store.readStream(stream))).toHaveLength(2);
      });

      it('reports the position of the last event written, growing with every append across streams', async () => {
        const [a, b] = [aStreamName(), aStreamName()];
        const results = [
          await store.append(a, someEvents(2), 'no-stream'),
          await store.append(b, someEvents(1), 'no-stream'),
          await store.append(a, someEvents(3), 1n),
        ];
        expect(isStrictlyIncreasing(results.map((result) => result.position))).toBe(true);
        const lastOfA = (await collect(store.readStream(a))).at(-1);
        expect(lastOfA?.position).toBe(results[2].position);
      });
    });

    describe('concurrent appends', () => {
      it('two appends racing from the same revision: exactly one wins, the other gets the typed error', async () => {
        const stream = aStreamName();
        await store.append(stream, [anEvent()], 'no-stream');
        const [left, right] = [anEvent('LicenseAssigned'), anEvent('LicenseAssigned')];

        const outcomes = await Promise.allSettled([
          store.append(stream, [left], 0n),
          store.append(stream, [right], 0n),
        ]);

        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const lost = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]).toBeInstanceOf(WrongExpectedRevisionError);
        expect(lost[0]).toMatchObject({ streamName: stream, expected: 0n, actual: 1n });

        const winner = outcomes[0].status === 'fulfilled' ? left : right;
        expect(idsOf(await collect(store.readStream(stream, { fromRevision: 1n })))).toEqual([winner.id]);
      });

      it('many appends racing to create one stream: exactly one creates it', async () => {
        const stream = aStreamName();
        const outcomes = await Promise.allSettled(
          Array.from({ length: 10 }, () => store.append(stream, someEvents(2), 'no-stream')),
        );
        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected')
            expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
        }
        expect(await collect(store.readStream(stream))).toHaveLength(2);
      });
    });

    describe('idempotent retry (same event ids)', () => {
      it('a fresh append says it was not de-duplicated', async () => {
        const stream = aStreamName();
        const written = await store.append(stream, someEvents(2), 'no-stream');
        const next = await store.append(stream, [anEvent()], written.nextExpectedRevision);
        expect(written.deduplicated).toBe(false);
        expect(next.deduplicated).toBe(false);
      });

      it('a retried append returns the first result, says it was de-duplicated and appends nothing', async () => {
        const stream = aStreamName();
        const batch = someEvents(3);
        const first = await store.append(stream, batch, 'no-stream');
        const retried = await store.append(stream, batch, 'no-stream');
        expect(retried).toEqual({ ...first, deduplicated: true });
        expect(idsOf(await collect(store.readStream(stream)))).toEqual(idsOf(batch));
      });

      it('a retry after the stream moved on still returns the first result and appends nothing', async () => {
        const stream = aStreamName();
        await store.append(stream, [anEvent()], 'no-stream');
        const batch = someEvents(2);
        const first = await store.append(stream, batch, 0n);
        await store.append(stream, [anEvent()], first.nextExpectedRevision);

        const retried = await store.append(stream, batch, 0n);

        expect(retried).toEqual({ ...first, deduplicated: true });
        expect(await collect(store.readStream(stream))).toHaveLength(4);
      });

      it('another writer deciding at the same stale revision with the same ids but other data: de-duplicated, nothing written, the first data kept', async () => {
        // Two instances decide one keyed request at revision 0 (ids derive from the key): A appends
        // first; B's batch carries the same ids with other data and the now stale expectation 0.
        const stream = aStreamName();
        await store.append(stream, [anEvent()], 'no-stream');
        const ids = someEvents(2).map((event) => event.id);
        const fromA = ids.map((id) => ({ ...anEvent('LicensePurchased', { quantity: 1 }), id }));
        const fromB = ids.map((id) => ({ ...anEvent('LicensePurchased', { quantity: 100 }), id }));
        const appendedByA = await store.append(stream, fromA, 0n);

        const answerToB = await store.append(stream, fromB, 0n);

        expect(appendedByA.deduplicated).toBe(false);
        expect(answerToB).toEqual({ ...appendedByA, deduplicated: true });
        const stored = await collect(store.readStream(stream));
        expect(stored).toHaveLength(3);
        expect(stored.slice(1).map((event) => event.data)).toEqual([{ quantity: 1 }, { quantity: 1 }]);
        expect(stored.slice(1).map((event) => event.metadata)).toEqual(fromA.map((event) => event.metadata));
      });

      it('the same ids again with `any`: de-duplicated, with the first result', async () => {
        const stream = aStreamName();
        const batch = someEvents(2);
        const first = await store.append(stream, batch, 'any');
        await store.append(stream, [anEvent()], 'any');
        expect(await store.append(stream, batch, 'any')).toEqual({ ...first, deduplicated: true });
        expect(await collect(store.readStream(stream))).toHaveLength(3);
      });

      it('a batch that only partly matches an earlier append is refused and appends nothing', async () => {
        const stream = aStreamName();
        const [kept, other] = [anEvent(), anEvent()];
        await store.append(stream, [kept, anEvent()], 'no-stream');
        await expect(store.append(stream, [kept, other], 'no-stream')).rejects.toThrow();
        const stored = await collect(store.readStream(stream));
        expect(stored).toHaveLength(2);
        expect(idsOf(stored)).not.toContain(other.id);
      });
    });

    describe('append size', () => {
      /** Events of about 100 kB each: ten fit in one append, eleven do not (EventStoreDB's 1 MiB). */
      const largeEvents = (count: number) =>
        Array.from({ length: count }, () => anEvent('LicensePurchased', { note: 'x'.repeat(100_000) }));

      it('a batch within the budget is written whole', async () => {
        const stream = aStreamName();
        const batch = largeEvents(10);
        expect(appendSizeOf(batch)).toBeLessThanOrEqual(APPEND_SIZE_BUDGET);
        await store.append(stream, batch, 'no-stream');
        expect(idsOf(await collect(store.readStream(stream)))).toEqual(idsOf(batch));
      });

      it('a batch over the limit is refused with AppendTooLargeError and nothing is written', async () => {
        const stream = aStreamName();
        await store.append(stream, [anEvent()], 'no-stream');
        const batch = largeEvents(11);
        expect(appendSizeOf(batch)).toBeGreaterThan(APPEND_SIZE_LIMIT);

        const refusal = await rejectionOf(store.append(stream, batch, 0n));

        expect(refusal).toBeInstanceOf(AppendTooLargeError);
        expect(refusal).toMatchObject({ streamName: stream, limit: APPEND_SIZE_LIMIT });
        expect(await collect(store.readStream(stream))).toHaveLength(1);
      });
    });

    describe('readStream', () => {
      it('reads every field back, in revision order', async () => {
        const stream = aStreamName();
        const batch = [
          anEvent('AccountCreated', { accountId: 'aa-1' }),
          anEvent('LicenseAssigned', { sku: 'E5' }),
        ];
        const before = Date.now();
        const result = await store.append(stream, batch, 'no-stream');

        const read = await collect(store.readStream(stream));

        expect(read).toMatchObject([asRead(stream, batch[0], 0n), asRead(stream, batch[1], 1n)]);
        expect(read[1].position).toBe(result.position);
        expect(read[0].position < read[1].position).toBe(true);
        for (const event of read) {
          expect(event.recordedAt).toBeInstanceOf(Date);
          // Generous: the store's clock may be another machine's.
          expect(Math.abs(event.recordedAt.getTime() - before)).toBeLessThan(5 * 60_000);
        }
      });

      it('reads from a revision, inclusive', async () => {
        const stream = aStreamName();
        const batch = someEvents(5);
        await store.append(stream, batch, 'no-stream');
        const read = await collect(store.readStream(stream, { fromRevision: 3n }));
        expect(read.map((event) => event.revision)).toEqual([3n, 4n]);
        expect(idsOf(read)).toEqual(idsOf(batch.slice(3)));
      });

      it('reads at most maxCount events', async () => {
        const stream = aStreamName();
        await store.append(stream, someEvents(5), 'no-stream');
        const read = await collect(store.readStream(stream, { fromRevision: 1n, maxCount: 2 }));
        expect(read.map((event) => event.revision)).toEqual([1n, 2n]);
      });

      it('reads nothing from a missing stream or past the end', async () => {
        const stream = aStreamName();
        expect(await collect(store.readStream(stream))).toEqual([]);
        await store.append(stream, someEvents(2), 'no-stream');
        expect(await collect(store.readStream(stream, { fromRevision: 2n }))).toEqual([]);
      });

      it('reads a stream longer than one page, without gaps', async () => {
        const stream = aStreamName();
        let expected: 'no-stream' | bigint = 'no-stream';
        for (let batch = 0; batch < 7; batch++) {
          expected = (await store.append(stream, someEvents(300), expected)).nextExpectedRevision;
        }
        const read = await collect(store.readStream(stream));
        expect(read).toHaveLength(2100);
        expect(read.every((event, index) => event.revision === BigInt(index))).toBe(true);
      });
    });

    describe('readAll', () => {
      it('reads every stream in global order, the order of the appends', async () => {
        const prefix = aStreamPrefix();
        const appended: { stream: string; ids: string[] }[] = [];
        for (const stream of ['a', 'b', 'a', 'c', 'b'].map((suffix) => prefix + suffix)) {
          const batch = someEvents(2);
          await store.append(stream, batch, 'any');
          appended.push({ stream, ids: idsOf(batch) });
        }

        const read = await collect(store.readAll({ filter: { streamPrefix: prefix } }));

        expect(idsOf(read)).toEqual(appended.flatMap((append) => append.ids));
        expect(read.map((event) => event.streamName)).toEqual(
          appended.flatMap((append) => [append.stream, append.stream]),
        );
        expect(isStrictlyIncreasing(positionsOf(read))).toBe(true);
        expect(
          read.filter((event) => event.streamName === `${prefix}a`).map((event) => event.revision),
        ).toEqual([0n, 1n, 2n, 3n]);
      });

      it('reads strictly after a position', async () => {
        const prefix = aStreamPrefix();
        await store.append(`${prefix}a`, someEvents(3), 'no-stream');
        const later = someEvents(2);
        await store.append(`${prefix}b`, later, 'no-stream');
        const all = await collect(store.readAll({ filter: { streamPrefix: prefix } }));

        const afterThird = await collect(
          store.readAll({ afterPosition: all[2].position, filter: { streamPrefix: prefix } }),
        );

        expect(idsOf(afterThird)).toEqual(idsOf(later));
      });

      it('leaves out streams outside the prefix', async () => {
        const prefix = aStreamPrefix();
        const outsider = aStreamPrefix();
        await store.append(`${prefix}a`, someEvents(1), 'no-stream');
        await store.append(`${outsider}a`, someEvents(1), 'no-stream');
        await store.append(`${prefix}b`, someEvents(1), 'no-stream');

        const read = await collect(store.readAll({ filter: { streamPrefix: prefix } }));

        expect(read.map((event) => event.streamName)).toEqual([`${prefix}a`, `${prefix}b`]);
      });

      it('reads at most maxCount events', async () => {
        const prefix = aStreamPrefix();
        const batch = someEvents(5);
        await store.append(`${prefix}a`, batch, 'no-stream');
        const read = await collect(store.readAll({ filter: { streamPrefix: prefix }, maxCount: 3 }));
        expect(idsOf(read)).toEqual(idsOf(batch.slice(0, 3)));
      });

      it('reads past one page, without gaps', async () => {
        const prefix = aStreamPrefix();
        const ids: string[] = [];
        for (let batch = 0; batch < 7; batch++) {
          const events = someEvents(300);
          await store.append(`${prefix}${batch % 3}`, events, 'any');
          ids.push(...idsOf(events));
        }
        expect(idsOf(await collect(store.readAll({ filter: { streamPrefix: prefix } })))).toEqual(ids);
      });
    });

    describe('subscribeToAll', () => {
      let subscription: AllSubscription | undefined;

      afterEach(async () => {
        await subscription?.close();
        subscription = undefined;
      });

      it('delivers the events already stored, then new ones as they are appended, in order', async () => {
        const prefix = aStreamPrefix();
        const old = someEvents(3);
        await store.append(`${prefix}a`, old, 'no-stream');
        subscription = store.subscribeToAll({ filter: { streamPrefix: prefix } });
        const events = subscription[Symbol.asyncIterator]();

        expect(idsOf(await takeNext(events, 3))).toEqual(idsOf(old));

        const fresh = [anEvent(), anEvent()];
        await store.append(`${prefix}b`, [fresh[0]], 'no-stream');
        await store.append(`${prefix}a`, [fresh[1]], 2n);
        const live = await takeNext(events, 2);
        expect(idsOf(live)).toEqual(idsOf(fresh));
        expect(live.map((event) => [event.streamName, event.revision])).toEqual([
          [`${prefix}b`, 0n],
          [`${prefix}a`, 3n],
        ]);
      });

      it('from a checkpoint position, delivers only the events after it', async () => {
        const prefix = aStreamPrefix();
        await store.append(`${prefix}a`, someEvents(2), 'no-stream');
        const checkpoint = (await store.append(`${prefix}b`, someEvents(1), 'no-stream')).position;
        const later = someEvents(2);
        await store.append(`${prefix}a`, later, 1n);

        subscription = store.subscribeToAll({ afterPosition: checkpoint, filter: { streamPrefix: prefix } });
        const events = subscription[Symbol.asyncIterator]();

        expect(idsOf(await takeNext(events, 2))).toEqual(idsOf(later));
        const newest = anEvent();
        await store.append(`${prefix}c`, [newest], 'no-stream');
        expect(idsOf(await takeNext(events, 1))).toEqual([newest.id]);
      });

      it('delivers every event once, in position order, while appends keep coming', async () => {
        const prefix = aStreamPrefix();
        await store.append(`${prefix}0`, someEvents(5), 'no-stream');
        subscription = store.subscribeToAll({ filter: { streamPrefix: prefix } });
        const events = subscription[Symbol.asyncIterator]();
        const total = 5 + 30 * 3;
        const received = takeNext(events, total, 15_000);

        for (let round = 0; round < 30; round++) {
          await Promise.all(
            [0, 1, 2].map((stream) => store.append(`${prefix}${stream}`, someEvents(1), 'any')),
          );
        }

        const delivered = await received;
        const stored = await collect(store.readAll({ filter: { streamPrefix: prefix } }));
        expect(positionsOf(delivered)).toEqual(positionsOf(stored));
        expect(isStrictlyIncreasing(positionsOf(delivered))).toBe(true);
      });

      it('leaves out streams outside its prefix', async () => {
        const prefix = aStreamPrefix();
        subscription = store.subscribeToAll({ filter: { streamPrefix: prefix } });
        const events = subscription[Symbol.asyncIterator]();
        const mine = anEvent();
        await store.append(`${aStreamPrefix()}a`, [anEvent()], 'no-stream');
        await store.append(`${prefix}a`, [mine], 'no-stream');
        expect(idsOf(await takeNext(events, 1))).toEqual([mine.id]);
        await store.append(`${aStreamPrefix()}a`, [anEvent()], 'no-stream');
        expect(await staysPending(events.next(), 400)).toBe(true);
      });

      it('close() ends the iteration: a pending next() resolves done', async () => {
        const prefix = aStreamPrefix();
        await store.append(`${prefix}a`, [anEvent()], 'no-stream');
        subscription = store.subscribeToAll({ filter: { streamPrefix: prefix } });
        const events = subscription[Symbol.asyncIterator]();
        await takeNext(events, 1);

        const pending = events.next();
        await subscription.close();

        expect(await withTimeout(pending, 2000, 'the pending next() to end')).toMatchObject({ done: true });
        expect(await withTimeout(events.next(), 2000, 'next() after close')).toMatchObject({ done: true });
      });

      it('leaving a for-await loop ends the subscription', async () => {
        const prefix = aStreamPrefix();
        await store.append(`${prefix}a`, someEvents(3), 'no-stream');
        subscription = store.subscribeToAll({ filter: { streamPrefix: prefix } });
        const seen: RecordedEvent[] = [];
        await withTimeout(
          (async () => {
            for await (const event of subscription) {
              seen.push(event);
              if (seen.length === 2) break;
            }
          })(),
          5000,
          'the loop to end',
        );
        expect(seen).toHaveLength(2);
      });
    });

    describe('headPosition', () => {
      it('is null for a prefix with no events, then the position of the newest matching event', async () => {
        const prefix = aStreamPrefix();
        expect(await store.headPosition({ streamPrefix: prefix })).toBeNull();

        const mine = await store.append(`${prefix}a`, someEvents(2), 'no-stream');
        const other = await store.append(aStreamName(), someEvents(1), 'no-stream');

        expect(await store.headPosition({ streamPrefix: prefix })).toBe(mine.position);
        // Unfiltered: the newest event of the whole log, which other writers may have moved on.
        const head = await store.headPosition();
        expect(head !== null && head >= other.position).toBe(true);
      });

      it('follows whichever stream of the prefix was written last, past newer streams of others', async () => {
        const prefix = aStreamPrefix();
        const first = await store.append(`${prefix}a`, someEvents(1), 'no-stream');
        await store.append(`${prefix}b`, someEvents(1), 'no-stream');
        await store.append(aStreamName(), someEvents(1), 'no-stream');
        const again = await store.append(`${prefix}a`, someEvents(1), first.nextExpectedRevision);
        await store.append(aStreamName(), someEvents(2), 'no-stream');

        expect(await store.headPosition({ streamPrefix: prefix })).toBe(again.position);
      });
    });

    describe('event data', () => {
      it('round-trips JSON data and metadata exactly: unicode, nesting, numbers, null, empty values', async () => {
        const data: JsonObject = {
          displayName: 'Zoë Ångström — 東京 🎧 ﷺ \u0301e',
          quoted: 'say "hi"\\ \n\t\u0000 end',
          nested: { list: [1, 'two', { three: [true, false, null] }], empty: {}, none: [] },
          numbers: { int: 42, negative: -7, fraction: 0.1, tiny: 1.5e-7, big: Number.MAX_SAFE_INTEGER },
          nothing: null,
          '': 'empty key',
        };
        const metadata: JsonObject = {
          tenantId: 'contoso.eu',
          actor: 'admin@contoso.example',
          occurredAt: '2024-02-29T23:59:59.999Z',
          schemaVersion: 1,
          tags: ['ünïcödé', '😀'],
        };
        const stream = aStreamName();
        const event = { ...anEvent('AccountCreated'), data, metadata };
        await store.append(stream, [event], 'no-stream');

        const [read] = await collect(store.readStream(stream));

        expect(read.data).toStrictEqual(data);
        expect(read.metadata).toStrictEqual(metadata);
      });
    });

    describe('lifecycle', () => {
      it('reports itself healthy', async () => {
        expect(await store.health()).toMatchObject({ up: true });
      });

      it('close() can be called twice', async () => {
        await store.close();
        await expect(store.close()).resolves.toBeUndefined();
      });

      it('a reopened store holds everything and carries on where it stopped', async () => {
        // Not every adapter can reopen its data (see the header); the case then checks nothing.
        const reopen = opened?.reopen;
        if (!reopen) return;
        const prefix = aStreamPrefix();
        await store.append(`${prefix}a`, someEvents(3), 'no-stream');
        const last = await store.append(`${prefix}b`, someEvents(2), 'no-stream');
        const before = await collect(store.readAll({ filter: { streamPrefix: prefix } }));
        await store.close();

        const reopened = await reopen();
        try {
          expect(await collect(reopened.readAll({ filter: { streamPrefix: prefix } }))).toEqual(before);
          expect(await reopened.headPosition({ streamPrefix: prefix })).toBe(last.position);

          await expectWrongRevision(reopened.append(`${prefix}a`, [anEvent()], 'no-stream'), {
            streamName: `${prefix}a`,
            expected: 'no-stream',
            actual: 2n,
          });
          const next = await reopened.append(`${prefix}a`, [anEvent()], 2n);
          expect(next.nextExpectedRevision).toBe(3n);
          expect(next.position > last.position).toBe(true);
        } finally {
          await reopened.close();
        }
      });
    });
  });
}
