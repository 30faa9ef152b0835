import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { EmbeddedEventStore } from '@ledger/event-store';
import { complianceCountsOfState, quotaOf } from '@ledger/licensing';
import { commandSequenceOf } from '@ledger/licensing/testing/command-arbitraries';
import { PROPERTY_TIMEOUT_MS } from '@ledger/licensing/testing/property-timeout';
import { HistoryProjection } from '../history/history-projection';
import { ledgerProjectionsOf, LedgerProjections } from '../projection-catalogue';
import { ParkedEvents } from './parked-events';
import { openProjectionDatabase } from '../database/projection-database';
import { ProjectionRunner } from './projection-runner';
import { ReadModels } from '../read-models';
import { TenantViewsProjection } from '../tenant-views/tenant-views-projection';
import { failingOnCall } from '../testing/failing-projection';
import { dump, writeLedger } from '../testing/ledger-writer';
import { givenATemporaryStore } from '../testing/temporary-store';

/**
 * The work of one run is bounded (ISSUE 10, finding 15): up to 3 tenants of up to 30 random
 * commands each (after their setup), so each property's cost is its runs times a fixed bound,
 * whatever the machine's load; PROPERTY_TIMEOUT_MS is headroom for a busy machine, not a target.
 */
const tenantsArbitrary = fc.array(commandSequenceOf(30), { minLength: 1, maxLength: 3 });
/** Small batches, so a run's log makes several and a kill or a failure can fall between them. */
const SMALL_BATCH = 5;

describe('ProjectionRunner', () => {
  const temporary = givenATemporaryStore('ledger-projections-');
  const file = (name: string) => temporary.file(name);
  let store: EmbeddedEventStore;
  const runStores: EmbeddedEventStore[] = [];

  /**
   * A store and files of one run's own: its rebuild then reads its own events, not those of
   * every run before it too (which made the work of a property grow with the square of its runs).
   */
  function freshRun(): { store: EmbeddedEventStore; file: (name: string) => string } {
    const runDir = fs.mkdtempSync(path.join(temporary.dir, 'run-'));
    const runStore = EmbeddedEventStore.open(path.join(runDir, 'ledger.sqlite'));
    runStores.push(runStore);
    return { store: runStore, file: (name) => path.join(runDir, name) };
  }

  beforeEach(() => {
    store = temporary.store;
  });
  afterEach(async () => {
    for (const runStore of runStores.splice(0)) await runStore.close();
  });

  it(
    'incremental projections, fed live while commands are written, equal a rebuild from scratch',
    async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(tenantsArbitrary, async (tenants) => {
          run += 1;
          const prefix = `run-${run}-`;
          const live = LedgerProjections.open(file(`${prefix}live.sqlite`), store, { batchSize: 16 });
          live.runner.start();
          const { states: expected, tenantIds } = await writeLedger(store, tenants);
          expect(await live.runner.waitFor(await store.headPosition(), 10_000)).toBe(true);

          const rebuilt = LedgerProjections.open(file(`${prefix}rebuilt.sqlite`), store);
          await rebuilt.runner.rebuild();
          expect(dump(live.readModels, tenantIds)).toEqual(dump(rebuilt.readModels, tenantIds));
          // And both equal the domain's own fold of what was decided.
          for (const [tenantId, state] of expected) {
            expect(live.readModels.quota(tenantId)?.quota).toEqual(quotaOf(state));
            // R11/R12: the counts kept event by event equal a count over every account.
            expect(live.readModels.quota(tenantId)?.compliance).toEqual(complianceCountsOfState(state));
            expect(rebuilt.readModels.quota(tenantId)?.compliance).toEqual(complianceCountsOfState(state));
          }
          await live.close();
          await rebuilt.close();
          // One store for every run: later runs see earlier tenants' streams grow, as in production.
        }),
        { numRuns: 12 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'a runner killed mid-stream resumes from its checkpoint and ends equal to a rebuild',
    async () => {
      await fc.assert(
        fc.asyncProperty(tenantsArbitrary, fc.nat(), async (tenants, killPick) => {
          const { store, file } = freshRun();
          const { tenantIds } = await writeLedger(store, tenants);
          // Killed after one of the batches this run's log makes, wherever that falls.
          let events = 0;
          for await (const _ of store.readAll()) events += 1;
          const killAfterBatches = 1 + (killPick % Math.ceil(events / SMALL_BATCH));

          // First life: a few batches committed, then the process dies (no close, no cleanup).
          const firstDb = openProjectionDatabase(file('killed.sqlite'));
          const first = new ProjectionRunner(
            firstDb,
            store,
            // The same projections LedgerProjections opens, so the resumed runner finds every checkpoint.
            ledgerProjectionsOf(firstDb, store, new ParkedEvents(firstDb)),
            {
              batchSize: SMALL_BATCH,
            },
          );
          let batches = 0;
          await expect(
            first.catchUp(() => {
              batches += 1;
              if (batches === killAfterBatches) throw new Error('killed');
            }),
          ).rejects.toThrow(/killed|^$/);
          const checkpoint = first.position;
          firstDb.close();

          // Second life: a new runner on the same file resumes where the rows stop.
          const resumed = LedgerProjections.open(file('killed.sqlite'), store, { batchSize: SMALL_BATCH });
          expect(resumed.runner.position).toBe(checkpoint);
          await resumed.runner.catchUp();

          const reference = LedgerProjections.open(file('reference.sqlite'), store);
          await reference.runner.rebuild();
          expect(dump(resumed.readModels, tenantIds)).toEqual(dump(reference.readModels, tenantIds));
          await resumed.close();
          await reference.close();
          await store.close();
        }),
        { numRuns: 10 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'a batch whose transaction fails is rolled back whole and applied again by the same runner',
    async () => {
      await fc.assert(
        fc.asyncProperty(tenantsArbitrary, fc.integer({ min: 1, max: 4 }), async (tenants, failOnCall) => {
          const { store, file } = freshRun();
          const { tenantIds } = await writeLedger(store, tenants);

          const db = openProjectionDatabase(file('retried.sqlite'));
          // Tenant views apply first and advance their cache; then history fails: both must roll back.
          const runner = new ProjectionRunner(
            db,
            store,
            [new TenantViewsProjection(db, store), failingOnCall(new HistoryProjection(db), failOnCall)],
            {
              batchSize: SMALL_BATCH,
            },
          );
          await runner.catchUp().catch(() => undefined);
          await runner.catchUp();

          const reference = LedgerProjections.open(file('reference.sqlite'), store);
          await reference.runner.rebuild();
          expect(dump(new ReadModels(db), tenantIds)).toEqual(dump(reference.readModels, tenantIds));
          db.close();
          await reference.close();
          await store.close();
        }),
        { numRuns: 10 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
