import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { EmbeddedEventStore } from '@ledger/event-store';
import { quotaOf } from '@ledger/licensing';
import { commandSequence } from '@ledger/licensing/testing/command-arbitraries';
import { HistoryProjection } from './history-projection';
import { LedgerProjections } from './ledger-projections';
import type { LedgerProjection } from './ledger-projection';
import { openProjectionDatabase } from './projection-database';
import { ProjectionRunner } from './projection-runner';
import { ReadModels } from './read-models';
import { TenantViewsProjection } from './tenant-views-projection';
import { dump, writeLedger } from './testing/ledger-writer';

/** Fails its `apply` once, on the given call: a crash inside the batch's transaction. */
function failingOnce(projection: LedgerProjection, failOnCall: number): LedgerProjection {
  let calls = 0;
  return {
    name: projection.name,
    prepare: (batch) => projection.prepare(batch),
    apply: (batch) => {
      calls += 1;
      projection.apply(batch);
      // The database failing, not the event: the batch is retried (an event's own failure is parked).
      if (calls === failOnCall) throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR');
    },
    reset: () => projection.reset(),
    rolledBack: () => projection.rolledBack?.(),
    rebuilt: () => projection.rebuilt?.(),
  };
}

const tenantsArbitrary = fc.array(commandSequence, { minLength: 1, maxLength: 3 });

describe('ProjectionRunner', () => {
  let dir: string;
  let store: EmbeddedEventStore;
  const file = (name: string) => path.join(dir, name);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-projections-'));
    store = EmbeddedEventStore.open(file('ledger.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('incremental projections, fed live while commands are written, equal a rebuild from scratch', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tenantsArbitrary, async (tenants) => {
        run += 1;
        const prefix = `run-${run}-`;
        const live = LedgerProjections.open(file(`${prefix}live.sqlite`), store, { batchSize: 16 });
        live.runner.start();
        const expected = await writeLedger(store, tenants);
        const tenantIds = [...expected.keys()];
        expect(await live.runner.waitFor(await store.headPosition(), 10_000)).toBe(true);

        const rebuilt = LedgerProjections.open(file(`${prefix}rebuilt.sqlite`), store);
        await rebuilt.runner.rebuild();
        expect(dump(live.readModels, tenantIds)).toEqual(dump(rebuilt.readModels, tenantIds));
        // And both equal the domain's own fold of what was decided.
        for (const [tenantId, state] of expected)
          expect(live.readModels.quota(tenantId)?.quota).toEqual(quotaOf(state));
        await live.close();
        await rebuilt.close();
        // One store for every run: later runs see earlier tenants' streams grow, as in production.
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('a runner killed mid-stream resumes from its checkpoint and ends equal to a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(
        tenantsArbitrary,
        fc.integer({ min: 1, max: 6 }),
        async (tenants, killAfterBatches) => {
          fs.rmSync(file('killed.sqlite'), { force: true });
          fs.rmSync(file('reference.sqlite'), { force: true });
          const tenantIds = [...(await writeLedger(store, tenants)).keys()];

          // First life: a few batches committed, then the process dies (no close, no cleanup).
          const firstDb = openProjectionDatabase(file('killed.sqlite'));
          const first = new ProjectionRunner(
            firstDb,
            store,
            [new TenantViewsProjection(firstDb, store), new HistoryProjection(firstDb)],
            {
              batchSize: 5,
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
          const resumed = LedgerProjections.open(file('killed.sqlite'), store, { batchSize: 5 });
          expect(resumed.runner.position).toBe(checkpoint);
          await resumed.runner.catchUp();

          const reference = LedgerProjections.open(file('reference.sqlite'), store);
          await reference.runner.rebuild();
          expect(dump(resumed.readModels, tenantIds)).toEqual(dump(reference.readModels, tenantIds));
          await resumed.close();
          await reference.close();
        },
      ),
      { numRuns: 10 },
    );
  }, 60_000);

  it('a batch whose transaction fails is rolled back whole and applied again by the same runner', async () => {
    await fc.assert(
      fc.asyncProperty(tenantsArbitrary, fc.integer({ min: 1, max: 4 }), async (tenants, failOnCall) => {
        fs.rmSync(file('retried.sqlite'), { force: true });
        fs.rmSync(file('reference.sqlite'), { force: true });
        const tenantIds = [...(await writeLedger(store, tenants)).keys()];

        const db = openProjectionDatabase(file('retried.sqlite'));
        // Tenant views apply first and advance their cache; then history fails: both must roll back.
        const runner = new ProjectionRunner(
          db,
          store,
          [new TenantViewsProjection(db, store), failingOnce(new HistoryProjection(db), failOnCall)],
          {
            batchSize: 5,
          },
        );
        await runner.catchUp().catch(() => undefined);
        await runner.catchUp();

        const reference = LedgerProjections.open(file('reference.sqlite'), store);
        await reference.runner.rebuild();
        expect(dump(new ReadModels(db), tenantIds)).toEqual(dump(reference.readModels, tenantIds));
        db.close();
        await reference.close();
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
