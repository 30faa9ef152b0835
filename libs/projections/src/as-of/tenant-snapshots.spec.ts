import * as fs from 'node:fs';
import fc from 'fast-check';
import type { EmbeddedEventStore } from '@ledger/event-store';
import { initialTenantState } from '@ledger/licensing';
import { commandSequence } from '@ledger/licensing/testing/command-arbitraries';
import { HistoryProjection } from '../history/history-projection';
import { LedgerProjections } from '../projection-catalogue';
import { openProjectionDatabase } from '../database/projection-database';
import type { ProjectionDb } from '../database/projection-db';
import { ProjectionRunner } from '../runner/projection-runner';
import { encodeTenantState } from './tenant-state-codec';
import { TENANT_VIEWS_PROJECTION, TenantViewsProjection } from '../tenant-views/tenant-views-projection';
import {
  CountingStore,
  LONG_HISTORY_ACCOUNT,
  numberOfEvent,
  START,
  writeLedger,
  writeLongHistory,
} from '../testing/ledger-writer';
import { failingOnCall } from '../testing/failing-projection';
import { givenATemporaryStore } from '../testing/temporary-store';

interface SnapshotRow {
  tenant_id: string;
  revision: number;
  position: string;
  reached_at: string;
  state_json: string;
}

function snapshotRows(db: ProjectionDb): SnapshotRow[] {
  return db
    .prepare<[], SnapshotRow>(
      'SELECT tenant_id, revision, position, reached_at, state_json FROM tenant_snapshots ORDER BY tenant_id, revision',
    )
    .all();
}

const at = (second: number) => new Date(START + second * 1000).toISOString();
const tenantsArbitrary = fc.array(commandSequence, { minLength: 1, maxLength: 3 });

describe('tenant snapshots', () => {
  const temporary = givenATemporaryStore('ledger-snapshots-');
  const file = (name: string) => temporary.file(name);
  let store: EmbeddedEventStore;
  beforeEach(() => {
    store = temporary.store;
  });

  it('are the same whether the projection followed the log live in small batches or rebuilt it at once', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tenantsArbitrary, fc.integer({ min: 1, max: 6 }), async (tenants, snapshotEvery) => {
        run += 1;
        const live = LedgerProjections.open(file(`live-${run}.sqlite`), store, {
          batchSize: 4,
          snapshotEvery,
        });
        live.runner.start();
        await writeLedger(store, tenants);
        expect(await live.runner.waitFor(await store.headPosition(), 10_000)).toBe(true);
        await live.close();
        const rebuilt = LedgerProjections.open(file(`rebuilt-${run}.sqlite`), store, { snapshotEvery });
        await rebuilt.runner.rebuild();
        await rebuilt.close();

        const liveDb = openProjectionDatabase(file(`live-${run}.sqlite`));
        const rebuiltDb = openProjectionDatabase(file(`rebuilt-${run}.sqlite`));
        const rows = snapshotRows(liveDb);
        expect(rows).toEqual(snapshotRows(rebuiltDb));
        // At least `snapshotEvery` events of a tenant between two of its snapshots.
        for (const [index, row] of rows.entries()) {
          const previous = rows[index - 1];
          const since =
            previous?.tenant_id === row.tenant_id ? row.revision - previous.revision : row.revision + 1;
          expect(since).toBeGreaterThanOrEqual(snapshotEvery);
        }
        liveDb.close();
        rebuiltDb.close();
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('are written in the batch transaction: a batch that fails leaves none past the checkpoint, and its retry ends equal to a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(tenantsArbitrary, fc.integer({ min: 1, max: 4 }), async (tenants, failOnCall) => {
        fs.rmSync(file('retried.sqlite'), { force: true });
        fs.rmSync(file('reference.sqlite'), { force: true });
        await writeLedger(store, tenants);

        const db = openProjectionDatabase(file('retried.sqlite'));
        // The tenant views apply first (writing snapshots), then the history fails: all must roll back.
        const runner = new ProjectionRunner(
          db,
          store,
          [
            new TenantViewsProjection(db, store, { snapshotEvery: 2 }),
            failingOnCall(new HistoryProjection(db), failOnCall),
          ],
          { batchSize: 5 },
        );
        await runner.catchUp().catch(() => undefined);
        const checkpoint = runner.checkpointOf(TENANT_VIEWS_PROJECTION) ?? 0n;
        for (const row of snapshotRows(db)) expect(BigInt(row.position)).toBeLessThanOrEqual(checkpoint);

        await runner.catchUp();
        const reference = LedgerProjections.open(file('reference.sqlite'), store, { snapshotEvery: 2 });
        await reference.runner.rebuild();
        await reference.close();
        const referenceDb = openProjectionDatabase(file('reference.sqlite'));
        expect(snapshotRows(db)).toEqual(snapshotRows(referenceDb));
        referenceDb.close();
        db.close();
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('are dropped and written again by a rebuild: a damaged snapshot misleads as-of reads only until then', async () => {
    await writeLongHistory(store, 'long', 300);
    const projections = LedgerProjections.open(file('projections.sqlite'), store, { snapshotEvery: 100 });
    try {
      await projections.runner.catchUp();
      const numberAt = async (instant: string) =>
        (await projections.asOf.tenant('long', instant)).state.accounts.get(LONG_HISTORY_ACCOUNT)
          ?.phoneNumber;
      expect(await numberAt(at(250))).toBe(numberOfEvent(250));

      // Damage: a stray snapshot after revision 249 that says the tenant had nothing then.
      const db = openProjectionDatabase(file('projections.sqlite'));
      db.prepare(
        `INSERT INTO tenant_snapshots (tenant_id, revision, position, occurred_at, reached_at, format, state_json)
         SELECT tenant_id, 249, position, ?, ?, format, ? FROM tenant_snapshots WHERE revision = 199`,
      ).run(at(249), at(249), encodeTenantState(initialTenantState()));
      db.close();
      // The read trusts the snapshot (it does not replay the history before it)...
      expect(await numberAt(at(250))).toBeUndefined();

      // ...and the rebuild replaces it with the fold of the log.
      await projections.runner.rebuild();
      expect(await numberAt(at(250))).toBe(numberOfEvent(250));
    } finally {
      await projections.close();
    }
  }, 60_000);

  it('bound the re-fold of a tenant after a restart: it starts from the snapshot before the new events', async () => {
    await writeLongHistory(store, 'long', 2000);
    const first = LedgerProjections.open(file('projections.sqlite'), store, { snapshotEvery: 100 });
    await first.runner.catchUp();
    await first.close();

    // A new event after the restart: the tenant views must fold the 2,000 before it to apply it.
    await writeLongHistory(store, 'other', 1);
    const counting = new CountingStore(store);
    const second = LedgerProjections.open(file('projections.sqlite'), counting, { snapshotEvery: 100 });
    try {
      await writeLongHistory(store, 'long', 1, 2000);
      counting.eventsRead = 0;
      await second.runner.catchUp();
      // The new events themselves, plus the re-fold from the snapshot at revision 1999 (none after it).
      expect(counting.eventsRead).toBeLessThanOrEqual(2 + 100);
      expect(second.readModels.account('long', LONG_HISTORY_ACCOUNT)?.phoneNumber).toBe(numberOfEvent(2000));
    } finally {
      await second.close();
    }
  }, 60_000);
});
