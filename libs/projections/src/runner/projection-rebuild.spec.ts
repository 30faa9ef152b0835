import { StoreUnavailableError, type EmbeddedEventStore } from '@ledger/event-store';
import { LedgerProjections } from '../projection-catalogue';
import type { ProjectionDb } from '../database/projection-db';
import { dump, usersInTenants, writeLedger } from '../testing/ledger-writer';
import { countingStore, slowStore, storeFailingOnce } from '../testing/store-wrappers';
import { HistoryProjection } from '../history/history-projection';
import { ProjectionRunner } from './projection-runner';
import { observed } from '../testing/observed-projection';
import { givenATemporaryStore } from '../testing/temporary-store';

function historyIndexes(db: ProjectionDb): string[] {
  return db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'history' ORDER BY name",
    )
    .all()
    .map((row) => row.name);
}

function historyRows(db: ProjectionDb): number {
  return db.prepare<[], { rows: number }>('SELECT count(*) AS rows FROM history').get()?.rows ?? 0;
}

describe('Rebuilding the projections (POST /v1/admin/projections/rebuild)', () => {
  const temporary = givenATemporaryStore('ledger-rebuild-');
  const file = (name: string) => temporary.file(name);
  let store: EmbeddedEventStore;
  beforeEach(() => {
    store = temporary.store;
  });

  it('a rebuild that fails on a transient store error leaves the indexes in place and the live loop resuming to the head', async () => {
    const { tenantIds } = await writeLedger(store, usersInTenants(3, 10));
    const flaky = storeFailingOnce(store);
    const projections = LedgerProjections.open(file('projections.sqlite'), flaky, {
      batchSize: 7,
      retryDelayMs: 10,
    });
    projections.runner.start();
    expect(await projections.runner.waitFor(await store.headPosition(), 10_000)).toBe(true);

    flaky.arm(2); // the rebuild's second page
    await expect(projections.runner.rebuild()).rejects.toBeInstanceOf(StoreUnavailableError);

    expect(historyIndexes(projections.db)).toEqual([
      'history_by_account',
      'history_by_revision',
      'history_by_type',
    ]);
    // The live loop runs again: it catches up from where the rebuild stopped, and follows new writes.
    await writeLedger(store, usersInTenants(1, 3));
    expect(await projections.runner.waitFor(await store.headPosition(), 10_000)).toBe(true);
    const reference = LedgerProjections.open(file('reference.sqlite'), store);
    await reference.runner.rebuild();
    expect(dump(projections.readModels, tenantIds)).toEqual(dump(reference.readModels, tenantIds));
    expect(historyRows(projections.db)).toBe(historyRows(reference.db));
    await projections.close();
    await reference.close();
  }, 30_000);

  it('two overlapping rebuilds on a slow store end with every row: the second joins the first', async () => {
    const { tenantIds } = await writeLedger(store, usersInTenants(4, 10));
    const projections = LedgerProjections.open(file('projections.sqlite'), slowStore(store, 2), {
      batchSize: 8,
      retryDelayMs: 10,
    });
    projections.runner.start();
    expect(await projections.runner.waitFor(await store.headPosition(), 30_000)).toBe(true);

    const first = projections.runner.rebuild();
    // The second call arrives while the first is between pages (past its reset, mid-replay).
    await new Promise((resolve) => setTimeout(resolve, 30));
    const second = projections.runner.rebuild();
    const [firstAnswer, secondAnswer] = await Promise.all([first, second]);

    expect(secondAnswer).toEqual(firstAnswer);
    expect(firstAnswer.events).toBe(40);
    expect(historyRows(projections.db)).toBe(40);
    const reference = LedgerProjections.open(file('reference.sqlite'), store);
    await reference.runner.rebuild();
    expect(dump(projections.readModels, tenantIds)).toEqual(dump(reference.readModels, tenantIds));
    await projections.close();
    await reference.close();
  }, 60_000);

  it('a rebuild lets the event loop turn between slices: a callback queued before it runs before its catch-up ends', async () => {
    await writeLedger(store, usersInTenants(2, 30));
    const projections = LedgerProjections.open(file('projections.sqlite'), store, {
      batchSize: 1000,
      sliceSize: 10,
    });
    const order: string[] = [];
    setImmediate(() => order.push('queued callback'));
    await projections.runner.rebuild(() => order.push('catch-up done'));
    expect(order).toEqual(['queued callback', 'catch-up done']);
    await projections.close();
  });
  it("a rebuild drops the old rows on a worker's connection, with the checkpoints: the event loop's own reset finds the tables empty", async () => {
    const { tenantIds } = await writeLedger(store, usersInTenants(3, 20));
    const projections = LedgerProjections.open(file('projections.sqlite'), store);
    const reference = LedgerProjections.open(file('reference.sqlite'), store);
    try {
      await projections.runner.catchUp();
      expect(historyRows(projections.db)).toBeGreaterThan(0);
      // The reset on the event loop's connection: what is left of the history when it runs.
      const rowsAtReset: number[] = [];
      const exec = projections.db.exec.bind(projections.db);
      jest.spyOn(projections.db, 'exec').mockImplementation((sql: string) => {
        if (sql.includes('DELETE FROM history')) rowsAtReset.push(historyRows(projections.db));
        return exec(sql);
      });
      await projections.runner.rebuild();
      expect(rowsAtReset).toEqual([0]);
      await reference.runner.rebuild();
      expect(dump(projections.readModels, tenantIds)).toEqual(dump(reference.readModels, tenantIds));
      expect(historyRows(projections.db)).toBe(historyRows(reference.db));
      expect(historyIndexes(projections.db)).toEqual(historyIndexes(reference.db));
    } finally {
      await projections.close();
      await reference.close();
    }
  }, 30_000);

  it('a rebuild holds one slice of the log at a time, never its page: the store is read at most a slice ahead of what is applied', async () => {
    await writeLedger(store, usersInTenants(3, 40));
    const counting = countingStore(store);
    const projections = LedgerProjections.open(file('projections.sqlite'), counting);
    let applied = 0;
    let mostAhead = 0;
    // The real history projection, telling how far the reading got ahead of it at each slice.
    const telling = observed(new HistoryProjection(projections.db), (batch) => {
      applied += batch.length;
      mostAhead = Math.max(mostAhead, counting.delivered() - applied);
    });
    const runner = new ProjectionRunner(projections.db, counting, [telling], {
      batchSize: 1000,
      sliceSize: 10,
    });

    const { events } = await runner.rebuild();

    expect(events).toBe(120);
    expect(applied).toBe(120);
    // Issue 18: a page read whole before it was applied kept 20,000 decoded events alive through each batch.
    expect(mostAhead).toBeLessThanOrEqual(10);
    await projections.close();
  });

  it('slices are paced: after a slow slice the next ones hold what fits in the budget, and grow back once events are cheap again', async () => {
    await writeLedger(store, usersInTenants(3, 60));
    const projections = LedgerProjections.open(file('projections.sqlite'), store);
    const slices: { events: number; slow: boolean }[] = [];
    // The first 90 events cost at least 5 ms each (a tenant with thousands of terms); the rest are cheap.
    const isSlow = (position: bigint): boolean => position <= 90n;
    const pacedHistory = observed(new HistoryProjection(projections.db), (batch) => {
      const slow = batch.some(({ position }) => isSlow(position));
      if (slow) {
        const until = performance.now() + 5 * batch.length;
        while (performance.now() < until);
      }
      slices.push({ events: batch.length, slow });
    });
    const runner = new ProjectionRunner(projections.db, store, [pacedHistory], {
      batchSize: 1000,
      sliceSize: 30,
    });

    const { events } = await runner.rebuild();

    expect(events).toBe(180);
    expect(slices.reduce((sum, slice) => sum + slice.events, 0)).toBe(180);
    expect(slices[0].events).toBeGreaterThanOrEqual(30);
    // 20 ms at 5 ms or more per event: at most 4, and the rest of the activity the fourth began.
    const afterTheFirst = slices.slice(1).filter((slice) => slice.slow);
    expect(afterTheFirst.length).toBeGreaterThan(5);
    expect(Math.max(...afterTheFirst.map((slice) => slice.events))).toBeLessThanOrEqual(6);
    // Cheap again: back to the configured size.
    expect(
      Math.max(...slices.filter((slice) => !slice.slow).map((slice) => slice.events)),
    ).toBeGreaterThanOrEqual(30);
    await projections.close();
  });
});
