import fc from 'fast-check';
import type { EmbeddedEventStore } from '@ledger/event-store';
import { initialTenantState, licensePurchasedV1ToV2, quotaOf, tenantStreamName } from '@ledger/licensing';
import { commandSequence } from '@ledger/licensing/testing/command-arbitraries';
import { stampActivity } from '@ledger/runtime';
import { LedgerProjections } from '../projection-catalogue';
import { fullReplayAsOf } from '../testing/full-replay';
import { countLoopTurns } from '../testing/loop-turns';
import {
  CountingStore,
  expectedFiguresAsOf,
  observableAsOf,
  observableFiguresAsOf,
  START,
  writeLedger,
  writeLongHistory,
} from '../testing/ledger-writer';
import { givenATemporaryStore } from '../testing/temporary-store';

const at = (second: number, ms = 0) => new Date(START + second * 1000 + ms).toISOString();

describe('as-of reads', () => {
  const temporary = givenATemporaryStore('ledger-as-of-');
  const file = (name: string) => temporary.file(name);
  let store: EmbeddedEventStore;
  beforeEach(() => {
    store = temporary.store;
  });

  it('from the nearest snapshot equal a full replay of the log, at random instants, with skewed clocks and a lagging projection', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(commandSequence, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 2, max: 12 }),
        fc.nat({ max: 12 }),
        fc.array(fc.tuple(fc.nat({ max: 100_000 }), fc.boolean()), { minLength: 1, maxLength: 5 }),
        async (tenants, skews, snapshotEvery, batchSize, stopAfterBatches, instantSeeds) => {
          run += 1;
          // Some activities occurred before the one appended just before them (another instance's clock).
          const { tenantIds, activities } = await writeLedger(
            store,
            tenants,
            (n) => skews[n % skews.length] ?? 0,
          );
          const projections = LedgerProjections.open(file(`run-${run}.sqlite`), store, {
            snapshotEvery,
            batchSize,
          });
          // The projection stops part-way: snapshots up to its checkpoint, the rest only in the log.
          let batches = 0;
          await projections.runner.catchUp(() => {
            batches += 1;
            if (batches > stopAfterBatches) void projections.runner.stop();
          });
          try {
            for (const [seed, half] of instantSeeds) {
              // From before the first activity to after the last, on event instants and between them.
              const instant = at((seed % (activities + 4)) - 2, half ? 500 : 0);
              const expected = await fullReplayAsOf(store, instant);
              const report = await projections.asOf.allTenants(instant);
              expect(report.map(observableFiguresAsOf)).toEqual(expected.map(expectedFiguresAsOf));
              for (const tenantId of tenantIds) {
                const one = await projections.asOf.tenant(tenantId, instant);
                const reference = expected.find((tenant) => tenant.tenantId === tenantId);
                if (reference === undefined) expect(one.revision).toBeNull();
                else expect(observableAsOf(one)).toEqual(observableAsOf(reference));
                // The quota as of the instant: a checkpoint row when the views folded the tenant, else a replay.
                const quota = await projections.asOf.quota(tenantId, instant);
                expect(quota).toEqual({
                  quota: quotaOf(reference?.state ?? initialTenantState(), instant),
                  position: reference?.position ?? null,
                });
              }
            }
          } finally {
            await projections.close();
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('an as-of read of a long history replays at most the snapshot interval, not the history', async () => {
    await writeLongHistory(store, 'long', 3000);
    const counting = new CountingStore(store);
    const projections = LedgerProjections.open(file('projections.sqlite'), counting, { snapshotEvery: 100 });
    try {
      await projections.runner.catchUp();
      for (const instant of [at(2550), at(2999), at(99, 500), at(0)]) {
        counting.eventsRead = 0;
        const past = await projections.asOf.tenant('long', instant);
        // From the snapshot at or before the instant: under 100 events, plus the one that ends the replay.
        expect(counting.eventsRead).toBeLessThanOrEqual(101);
        expect(observableAsOf(past)).toEqual(observableAsOf((await fullReplayAsOf(store, instant))[0]!));
      }
      counting.eventsRead = 0;
      const report = await projections.asOf.allTenants(at(2550));
      expect(report.map((tenant) => tenant.revision)).toEqual([2550n]);
      expect(counting.eventsRead).toBeLessThanOrEqual(101);
    } finally {
      await projections.close();
    }
  }, 60_000);

  it('the quota of a tenant the views folded to the end, as of any instant, is its checkpoint row: no event replayed, whatever its history', async () => {
    await writeLongHistory(store, 'long', 3000);
    const counting = new CountingStore(store);
    const projections = LedgerProjections.open(file('projections.sqlite'), counting, { snapshotEvery: 100 });
    try {
      await projections.runner.catchUp();
      for (const instant of [at(2550), at(2999), at(99, 500), at(0), at(-1)]) {
        counting.eventsRead = 0;
        const { quota, position } = await projections.asOf.quota('long', instant);
        // Whether the views hold every event of the stream: a read from after their last, which finds none.
        expect(counting.eventsRead).toBe(0);
        const reference = (await fullReplayAsOf(store, instant))[0];
        expect({ quota, position }).toEqual({
          quota: quotaOf(reference?.state ?? initialTenantState(), instant),
          position: reference?.position ?? null,
        });
      }
      // One more event the views have not folded yet: the quota is replayed, and counts it.
      await writeLongHistory(store, 'long', 1, 3000);
      const { position } = await projections.asOf.quota('long', at(4000));
      expect(position).toBe((await fullReplayAsOf(store, at(4000)))[0]!.position);
    } finally {
      await projections.close();
    }
  }, 60_000);

  it('a snapshot is only used when the replay really passes through it: an event that occurred later ends the replay before it', async () => {
    // Revisions 0..3; revision 1 was stamped by a clock running ahead (second 50).
    const seconds = [1, 50, 2, 3];
    for (const [n, second] of seconds.entries()) {
      const purchase = stampActivity(
        [
          {
            type: 'LicensePurchased',
            // As the release before rulebooks wrote it, read as this build does.
            data: licensePurchasedV1ToV2({
              purchaseId: `p-${n}`,
              sku: 'PHONE_SYSTEM',
              quantity: 1,
              unitPrice: 8,
              currency: 'USD',
              policy: 'seed',
              allocationAfter: 25 + n,
            }),
          },
        ],
        {
          tenantId: 'skewed',
          commandId: `skewed-${n}`,
          actor: 'clock',
          correlationId: `c-${n}`,
          occurredAt: new Date(START + second * 1000),
        },
      );
      await store.append(tenantStreamName('skewed'), purchase.events, 'any');
    }
    const projections = LedgerProjections.open(file('projections.sqlite'), store, { snapshotEvery: 2 });
    try {
      await projections.runner.catchUp();
      // The snapshot after revision 3 (occurred at second 3) is reached only at second 50.
      expect((await projections.asOf.tenant('skewed', at(10))).revision).toBe(0n);
      expect((await projections.asOf.tenant('skewed', at(50))).revision).toBe(3n);
    } finally {
      await projections.close();
    }
  });

  it('a long as-of read and a report let the event loop turn while they replay', async () => {
    await writeLongHistory(store, 'long', 3000);
    // The projections never ran: no snapshot, so the read replays all 3,000 events.
    const projections = LedgerProjections.open(file('projections.sqlite'), store);
    try {
      let loop = countLoopTurns();
      const past = await projections.asOf.tenant('long', at(3000));
      expect(past.revision).toBe(2999n);
      expect(loop.stop()).toBeGreaterThanOrEqual(3);

      loop = countLoopTurns();
      const report = await projections.asOf.allTenants(at(3000));
      expect(report).toHaveLength(1);
      expect(loop.stop()).toBeGreaterThanOrEqual(3);
    } finally {
      await projections.close();
    }
  }, 60_000);

  it('a report over many small tenants lets the event loop turn between tenants', async () => {
    await Promise.all(
      Array.from({ length: 400 }, (_, n) =>
        writeLongHistory(store, `small-${String(n).padStart(3, '0')}`, 1),
      ),
    );
    const projections = LedgerProjections.open(file('projections.sqlite'), store);
    try {
      await projections.runner.catchUp();
      const loop = countLoopTurns();
      const report = await projections.asOf.allTenants(at(1));
      expect(report).toHaveLength(400);
      expect(loop.stop()).toBeGreaterThanOrEqual(3);
    } finally {
      await projections.close();
    }
  }, 60_000);
});
