import Database from 'better-sqlite3';
import type { EmbeddedEventStore, EventToAppend } from '@ledger/event-store';
import { tenantStreamName } from '@ledger/licensing';
import { HistoryProjection } from '../history/history-projection';
import type { LedgerProjection } from './projection';
import { LedgerProjections } from '../projection-catalogue';
import { ParkedEvents } from './parked-events';
import { openProjectionDatabase } from '../database/projection-database';
import type { ProjectionDb } from '../database/projection-db';
import { ProjectionRunner } from './projection-runner';
import { ReadModels } from '../read-models';
import { TenantViewsProjection } from '../tenant-views/tenant-views-projection';
import { rawEvent, userCreated } from '../testing/raw-events';
import { storeFailingOnce } from '../testing/store-wrappers';
import { givenATemporaryStore } from '../testing/temporary-store';

/** Appends each event as its own activity; answers the position of each. */
async function append(
  store: EmbeddedEventStore,
  tenantId: string,
  ...events: EventToAppend[]
): Promise<bigint[]> {
  const positions: bigint[] = [];
  for (const event of events) {
    await store.append(tenantStreamName(tenantId), [event], 'any');
    positions.push((await store.headPosition()) ?? -1n);
  }
  return positions;
}

/** A projection with a bug on one event (found by a predicate), until `fixed`. */
function buggyOn(projection: LedgerProjection, isBad: (accountId: string) => boolean) {
  const state = { fixed: false };
  const wrapped: LedgerProjection = {
    name: projection.name,
    prepare: (batch) => projection.prepare(batch),
    apply: (batch) => {
      for (const { event } of batch)
        if (!state.fixed && 'accountId' in event.data && isBad(event.data.accountId))
          throw new TypeError('cannot read properties of undefined (projection bug)');
      projection.apply(batch);
    },
    reset: () => projection.reset(),
    rolledBack: () => projection.rolledBack?.(),
    rebuilt: () => projection.rebuilt?.(),
  };
  return Object.assign(state, { projection: wrapped });
}

function historyPositions(db: ProjectionDb, tenantId: string): bigint[] {
  return db
    .prepare<[string], { position: bigint }>(
      // The history names its tenant by its id in the dictionary (history-tables.ts).
      'SELECT position FROM history WHERE tenant = (SELECT id FROM dictionary WHERE entry = ?) ORDER BY position',
    )
    .safeIntegers(true)
    .all(tenantId)
    .map((row) => row.position);
}

describe('Parking an event the projections cannot apply (SPEC §5 "Projections health")', () => {
  const temporary = givenATemporaryStore('ledger-parking-');
  const file = (name: string) => temporary.file(name);
  let store: EmbeddedEventStore;
  let db: ProjectionDb;

  beforeEach(() => {
    store = temporary.store;
    db = openProjectionDatabase(file('projections.sqlite'));
  });
  afterEach(() => db.close());

  function runnerWith(projections: (parked: ParkedEvents) => LedgerProjection[], batchSize = 100) {
    const parked = new ParkedEvents(db);
    return new ProjectionRunner(db, store, projections(parked), { parked, batchSize, retryDelayMs: 10 });
  }
  const realProjections = (parked: ParkedEvents) => [
    new TenantViewsProjection(db, store, {}, (position) => parked.isSkipped('tenant-views', position)),
    new HistoryProjection(db),
  ];

  it.each([
    [
      'an unknown event type',
      rawEvent('bad', 'LicenseTeleported', { accountId: 'u1' }),
      /Unknown ledger event type LicenseTeleported/,
    ],
    [
      'a newer schema version',
      { ...userCreated('bad', 'u1'), metadata: { ...userCreated('bad', 'u1').metadata, schemaVersion: 99 } },
      /schema version 99/,
    ],
  ])(
    '%s is parked for every projection; the tenant waits behind it, the other tenants flow',
    async (_, bad, error) => {
      await append(store, 'good', userCreated('good', 'g1'));
      await append(store, 'bad', userCreated('bad', 'u0'));
      const [badPosition] = await append(store, 'bad', bad);
      const [held] = await append(store, 'bad', userCreated('bad', 'u2'));
      const [later] = await append(store, 'good', userCreated('good', 'g2'));

      const runner = runnerWith(realProjections);
      runner.start();
      expect(await runner.waitFor(later, 10_000)).toBe(true);
      await runner.stop();

      expect(runner.parked.list()).toEqual([
        expect.objectContaining({
          position: badPosition,
          streamName: tenantStreamName('bad'),
          revision: 1n,
          type: bad.type,
          projections: ['history', 'tenant-views'],
          error: expect.stringMatching(error),
        }),
      ]);
      expect(runner.lastError).toBeNull();
      const reads = new ReadModels(db);
      expect(reads.accounts('good').map((account) => account.accountId)).toEqual(['g1', 'g2']);
      // The tenant with the parked event: its views stay as they were before it, and say so.
      expect(reads.accounts('bad').map((account) => account.accountId)).toEqual(['u0']);
      expect(runner.parked.isStreamHeld(tenantStreamName('bad'))).toBe(true);
      expect(historyPositions(db, 'bad')).not.toContain(held);
    },
  );

  it('a projection that throws on one event: parked for that projection only; retry after the fix applies it and the held events', async () => {
    const buggy = buggyOn(new HistoryProjection(db), (accountId) => accountId === 'u1');
    const runner = runnerWith((parked) => [realProjections(parked)[0], buggy.projection]);
    const positions = await append(
      store,
      't',
      userCreated('t', 'u0'),
      userCreated('t', 'u1'),
      userCreated('t', 'u2'),
    );
    const [other] = await append(store, 'other', userCreated('other', 'o1'));
    runner.start();
    expect(await runner.waitFor(other, 10_000)).toBe(true);

    expect(runner.parked.list()).toEqual([
      expect.objectContaining({
        position: positions[1],
        projections: ['history'],
        error: expect.stringMatching(/projection bug/),
      }),
    ]);
    expect(historyPositions(db, 't')).toEqual([positions[0]]);
    // Tenant views applied it: only the history waits.
    expect(new ReadModels(db).accounts('t').map((account) => account.accountId)).toEqual(['u0', 'u1', 'u2']);
    expect(historyPositions(db, 'other')).toEqual([other]);

    // Retrying before the fix: still parked, with the error.
    expect(await runner.retry(positions[1])).toEqual({
      applied: false,
      parked: expect.objectContaining({ position: positions[1] }),
    });
    buggy.fixed = true;
    expect(await runner.retry(positions[1])).toEqual({ applied: true, parked: null });
    expect(runner.parked.list()).toEqual([]);
    expect(historyPositions(db, 't')).toEqual(positions);
    // And the stream flows live again.
    const [next] = await append(store, 't', userCreated('t', 'u3'));
    expect(await runner.waitFor(next, 10_000)).toBe(true);
    expect(historyPositions(db, 't')).toEqual([...positions, next]);
    await runner.stop();
  });

  it('skip removes it from the parked list; the held events are applied without it, also after a restart and a rebuild', async () => {
    const [u0, bad, u2] = await append(
      store,
      't',
      userCreated('t', 'u0'),
      rawEvent('t', 'LicenseTeleported', { accountId: 'u1' }),
      userCreated('t', 'u2'),
    );
    const first = runnerWith(realProjections);
    await first.catchUp();
    expect(first.parked.list().map((parked) => parked.position)).toEqual([bad]);

    expect(await first.skip(bad)).toEqual(expect.objectContaining({ position: bad }));
    expect(first.parked.list()).toEqual([]);
    expect(new ReadModels(db).accounts('t').map((account) => account.accountId)).toEqual(['u0', 'u2']);
    expect(historyPositions(db, 't')).toEqual([u0, u2]);
    await expect(first.skip(bad)).rejects.toThrow(/No event is parked/);

    // A new runner (a restart: nothing cached) folds the tenant without it, and so does a rebuild.
    const [u3] = await append(store, 't', userCreated('t', 'u3'));
    const restarted = runnerWith(realProjections);
    await restarted.catchUp();
    expect(new ReadModels(db).quota('t')?.revision).toBe(3);
    expect(new ReadModels(db).accounts('t').map((account) => account.accountId)).toEqual(['u0', 'u2', 'u3']);
    await restarted.rebuild();
    expect(restarted.parked.list()).toEqual([]);
    expect(historyPositions(db, 't')).toEqual([u0, u2, u3]);
  });

  it('a failing store or projection database parks nothing: the batch is retried until it passes', async () => {
    const flaky = storeFailingOnce(store);
    const dbFailure = buggyOn(new HistoryProjection(db), () => true);
    let failures = 0;
    const parked = new ParkedEvents(db);
    const failingDb: LedgerProjection = {
      ...dbFailure.projection,
      apply: (batch) => {
        if (failures++ < 2) throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR');
        new HistoryProjection(db).apply(batch);
      },
    };
    const runner = new ProjectionRunner(db, flaky, [new TenantViewsProjection(db, flaky), failingDb], {
      parked,
      retryDelayMs: 10,
      onError: () => undefined,
    });
    const positions = await append(store, 't', userCreated('t', 'u0'), userCreated('t', 'u1'));
    flaky.arm(1);
    runner.start();
    expect(await runner.waitFor(positions[1], 10_000)).toBe(true);
    await runner.stop();
    expect(failures).toBeGreaterThanOrEqual(3);
    expect(parked.list()).toEqual([]);
    expect(historyPositions(db, 't')).toEqual(positions);
  });

  it('the parked list survives a restart, written with the checkpoint that moved past the event', async () => {
    const [bad] = await append(store, 't', rawEvent('t', 'LicenseTeleported', {}));
    const projections = LedgerProjections.open(file('projections.sqlite'), store);
    await projections.runner.catchUp();
    await projections.close();
    const reopened = LedgerProjections.open(file('projections.sqlite'), store);
    expect(reopened.runner.position).toBe(bad);
    expect(reopened.runner.parked.list().map((parked) => parked.position)).toEqual([bad]);
    await reopened.close();
  });
});
