import { ERASED } from '@ledger/licensing';
import { openProjectionDatabase } from '../database/projection-database';
import type { ProjectionDb } from '../database/projection-db';
import { LedgerProjections } from '../projection-catalogue';
import { projectedEventOf, type ProjectedEvent } from '../runner/projected-event';
import { ProjectionRunner } from '../runner/projection-runner';
import { writeLedger } from '../testing/ledger-writer';
import { observed } from '../testing/observed-projection';
import { givenATemporaryStore } from '../testing/temporary-store';
import { HistoryProjection } from './history-projection';
import { HistoryReads } from './history-reads';

/** SPEC §5 in the history: a name given before an erasure, the erasure, a name given after it. */
const ERASED_TENANT = [
  [
    {
      type: 'CreateAccount' as const,
      accountId: 'u-1',
      displayName: 'Before Erasure',
      kind: 'user' as const,
    },
    { type: 'ErasePersonalData' as const },
    { type: 'CreateAccount' as const, accountId: 'u-2', displayName: 'After Erasure', kind: 'user' as const },
  ],
];

function pendingErasures(db: ProjectionDb): number {
  return (
    db.prepare<[], { count: number }>('SELECT count(*) AS count FROM history_pending_erasures').get()
      ?.count ?? 0
  );
}

/** Each account's name and actor as the history shows them, in log order. */
function namesAndActors(db: ProjectionDb, tenantId: string): { displayName: unknown; actor: string }[] {
  return new HistoryReads(db)
    .history(tenantId, { type: 'AccountCreated', limit: 10 })
    .events.map(({ data, actor }) => ({ displayName: data.displayName, actor }));
}

describe('HistoryProjection: erasures met while a rebuild has the indexes dropped (SPEC §5)', () => {
  const temporary = givenATemporaryStore('ledger-history-erasure-');

  it('are noted with their batch and applied once the indexes are back: the rows before read erased, the rows after do not', async () => {
    // A store that does not seal (the embedded one alone): the log gives the names before the erasure in the clear.
    const { tenantIds } = await writeLedger(temporary.store, ERASED_TENANT);
    const projections = LedgerProjections.open(temporary.file('projections.sqlite'), temporary.store);
    const duringTheRebuild: { pending: number; names: unknown[] }[] = [];
    const history = observed(new HistoryProjection(projections.db), (batch) => {
      if (!batch.some(({ event }) => event.type === 'PersonalDataErased')) return;
      duringTheRebuild.push({
        pending: pendingErasures(projections.db),
        names: projections.db
          .prepare<[], { data: Buffer }>('SELECT data FROM history ORDER BY position')
          .all()
          .map(({ data }) => data.includes(Buffer.from('Before Erasure'))),
      });
    });
    const runner = new ProjectionRunner(projections.db, temporary.store, [history], { sliceSize: 1 });

    await runner.rebuild();

    // Noted, not applied, while the indexes were dropped: the name was still in its row.
    expect(duringTheRebuild).toEqual([{ pending: 1, names: [true, false] }]);
    expect(pendingErasures(projections.db)).toBe(0);
    expect(namesAndActors(projections.db, tenantIds[0])).toEqual([
      { displayName: ERASED, actor: ERASED },
      { displayName: 'After Erasure', actor: 'property' },
    ]);
    await projections.close();
  });

  it('a rebuild that never ended leaves its erasures to the next opening of the file', async () => {
    const { tenantIds } = await writeLedger(temporary.store, ERASED_TENANT);
    const events: ProjectedEvent[] = [];
    for await (const recorded of temporary.store.readAll()) {
      const projected = projectedEventOf(recorded);
      if (projected !== null) events.push(projected);
    }
    const file = temporary.file('projections.sqlite');
    const first = openProjectionDatabase(file);
    const history = new HistoryProjection(first);
    history.reset();
    first.transaction(() => history.apply(events))();
    history.committed();
    expect(pendingErasures(first)).toBe(1);
    // The process dies here: no `rebuilt`, the indexes and the erasure never came back.
    first.close();

    const reopened = openProjectionDatabase(file);
    new HistoryProjection(reopened);

    expect(pendingErasures(reopened)).toBe(0);
    expect(namesAndActors(reopened, tenantIds[0])).toEqual([
      { displayName: ERASED, actor: ERASED },
      { displayName: 'After Erasure', actor: 'property' },
    ]);
    reopened.close();
  });
});
