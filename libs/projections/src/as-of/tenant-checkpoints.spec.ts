import fc from 'fast-check';
import type { EmbeddedEventStore } from '@ledger/event-store';
import type { LedgerCommand } from '@ledger/licensing';
import { commandSequenceOf } from '@ledger/licensing/testing/command-arbitraries';
import { openProjectionDatabase } from '../database/projection-database';
import { LedgerProjections } from '../projection-catalogue';
import { ReadModels } from '../read-models';
import { ParkedEvents } from '../runner/parked-events';
import type { LedgerProjection } from '../runner/projection';
import { ProjectionRunner } from '../runner/projection-runner';
import { TenantViewsProjection } from '../tenant-views/tenant-views-projection';
import { fullReplayAsOf } from '../testing/full-replay';
import {
  CountingStore,
  expectedFiguresAsOf,
  observableFiguresAsOf,
  START,
  writeLedger,
} from '../testing/ledger-writer';
import { givenATemporaryStore } from '../testing/temporary-store';
import { TREND_INTERVALS } from '../trend/trend-intervals';
import { TREND_FIGURES, trendFiguresOf } from '../trend/trend-point';
import { AsOfReads } from './as-of';
import { TenantCheckpoints } from './tenant-checkpoints';
import { figuresOf } from './tenant-figures';
import { TenantSnapshots } from './tenant-snapshots';

const STEP_MS = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const ERASE: LedgerCommand = { type: 'ErasePersonalData' };

/** The all-tenant trend point a full replay gives at `at`: every tenant with events by then, summed. */
async function expectedTrendPoint(store: EmbeddedEventStore, at: string): Promise<Record<string, number>> {
  const sums: Record<string, number> = { tenants: 0 };
  for (const figure of TREND_FIGURES) sums[figure] = 0;
  for (const { state } of await fullReplayAsOf(store, at)) {
    const figures = trendFiguresOf(figuresOf(state));
    for (const figure of TREND_FIGURES) sums[figure]! += figures[figure];
    sums.tenants! += 1;
  }
  return sums;
}

describe('tenant checkpoints: reports over every tenant read one row per tenant and instant', () => {
  const temporary = givenATemporaryStore('ledger-checkpoints-');
  const file = (name: string) => temporary.file(name);
  let store: EmbeddedEventStore;
  beforeEach(() => {
    store = temporary.store;
  });

  it('equal a full replay of the log, at random instants and intervals, with skewed clocks, erasures, a restart part-way, a lagging projection and after a rebuild', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(commandSequenceOf(30), fc.option(fc.nat({ max: 30 }))), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 12 }),
        fc.nat({ max: 8 }),
        fc.nat({ max: 8 }),
        fc.array(fc.tuple(fc.nat({ max: 200 }), fc.boolean()), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...TREND_INTERVALS),
        fc.tuple(fc.nat({ max: 200 }), fc.nat({ max: 200 })),
        async (tenants, skews, batchSize, beforeRestart, afterRestart, instantSeeds, interval, [a, b]) => {
          run += 1;
          // SPEC §5: some tenants erase their personal data part-way; the figures go on.
          const ledgers = tenants.map(([commands, erasedAt]) =>
            erasedAt === null
              ? commands
              : [...commands.slice(0, erasedAt), ERASE, ...commands.slice(erasedAt)],
          );
          const { activities } = await writeLedger(
            store,
            ledgers,
            (n) => skews[n % skews.length] ?? 0,
            STEP_MS,
          );
          const projectionsFile = file(`run-${run}.sqlite`);
          const catchUpFor = async (projections: LedgerProjections, batches: number) => {
            let seen = 0;
            await projections.runner.catchUp(() => {
              seen += 1;
              if (seen > batches) void projections.runner.stop();
            });
          };
          // A restart part-way: the second runner re-folds the tenants it meets from their snapshots.
          const first = LedgerProjections.open(projectionsFile, store, { batchSize, snapshotEvery: 3 });
          await catchUpFor(first, beforeRestart);
          await first.close();
          const projections = LedgerProjections.open(projectionsFile, store, { batchSize, snapshotEvery: 3 });
          try {
            // ... and it lags: the events after its checkpoint are only in the log.
            await catchUpFor(projections, afterRestart);
            const instants = instantSeeds.map(([seed, half]) =>
              iso(START + ((seed % (activities + 4)) - 2) * STEP_MS + (half ? STEP_MS / 2 : 0)),
            );
            const check = async () => {
              for (const instant of instants) {
                const report = await projections.asOf.allTenants(instant);
                const expected = await fullReplayAsOf(store, instant);
                expect(report.map(observableFiguresAsOf)).toEqual(expected.map(expectedFiguresAsOf));
              }
              const [from, to] = [
                iso(START + Math.min(a, b) * STEP_MS),
                iso(START + Math.max(a, b) * STEP_MS),
              ];
              // `now` after the range: no forecast here (trend-reads.spec.ts has them).
              const trend = await projections.trends.allTenants(
                { from, to, interval },
                iso(START + 400 * STEP_MS),
                'current',
              );
              for (const { at, tenants: counted, ...point } of trend.points) {
                const expected = await expectedTrendPoint(store, at);
                const got: Record<string, number> = { tenants: counted };
                for (const figure of TREND_FIGURES) got[figure] = point[figure];
                expect(got).toEqual(expected);
              }
            };
            await check();
            await projections.runner.rebuild();
            await check();
          } finally {
            await projections.close();
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 180_000);

  it('once the projection is caught up, the quota report as of an instant and a trend read nothing of the log', async () => {
    const commands = fc.sample(commandSequenceOf(40), { numRuns: 5, seed: 14 });
    await writeLedger(store, commands, () => 0, STEP_MS);
    const counting = new CountingStore(store);
    const projections = LedgerProjections.open(file('projections.sqlite'), counting);
    try {
      await projections.runner.catchUp();
      counting.eventsRead = 0;
      const report = await projections.asOf.allTenants(iso(START + 20 * STEP_MS));
      const trend = await projections.trends.allTenants(
        { from: iso(START), to: iso(START + 300 * STEP_MS), interval: 'day' },
        iso(START + 400 * STEP_MS),
        'current',
      );
      expect(report.length).toBeGreaterThan(0);
      expect(trend.points.at(-1)?.tenants).toBe(5);
      expect(counting.eventsRead).toBe(0);
    } finally {
      await projections.close();
    }
  }, 60_000);

  it('a tenant held behind a parked event is replayed from the log, not read from its rows that stop before it', async () => {
    const resource = (accountId: string): LedgerCommand => ({
      type: 'CreateAccount',
      accountId,
      displayName: accountId,
      kind: 'resource',
      resourceType: 'call-queue',
    });
    // Revisions 0–2 of one tenant, an hour apart; the tenant views cannot apply revision 1.
    const { tenantIds } = await writeLedger(
      store,
      [[resource('first'), resource('bad'), resource('third')]],
      () => 0,
      STEP_MS,
    );
    const db = openProjectionDatabase(file('projections.sqlite'));
    const parked = new ParkedEvents(db);
    const views = new TenantViewsProjection(db, store, {}, (position) =>
      parked.isSkipped('tenant-views', position),
    );
    const buggy: LedgerProjection = {
      name: views.name,
      prepare: (batch) => views.prepare(batch),
      apply: (batch) => {
        for (const { event } of batch) {
          if ('accountId' in event.data && event.data.accountId === 'bad')
            throw new TypeError('projection bug');
        }
        views.apply(batch);
      },
      reset: () => views.reset(),
      rolledBack: () => views.rolledBack(),
    };
    const runner = new ProjectionRunner(db, store, [buggy], { parked, retryDelayMs: 10 });
    const readModels = new ReadModels(db);
    const asOf = new AsOfReads(store, new TenantSnapshots(db), new TenantCheckpoints(db), readModels);
    try {
      await runner.catchUp();
      expect(parked.list()).toHaveLength(1);
      // The checkpoint is past every event, but the tenant's rows end at revision 0.
      expect(readModels.quota(tenantIds[0]!)?.revision).toBe(0);
      for (const hours of [0, 1, 2, 5]) {
        const instant = iso(START + hours * STEP_MS + STEP_MS);
        const report = await asOf.allTenants(instant);
        expect(report.map(observableFiguresAsOf)).toEqual(
          (await fullReplayAsOf(store, instant)).map(expectedFiguresAsOf),
        );
      }
    } finally {
      await runner.stop();
      db.close();
    }
  }, 60_000);

  it('hold no personal data: an erased tenant’s names and numbers are nowhere in them', async () => {
    const commands: LedgerCommand[] = [
      {
        type: 'CreateAccount',
        accountId: 'q1',
        displayName: 'Reception Queue',
        kind: 'resource',
        resourceType: 'call-queue',
      },
      {
        type: 'PurchaseLicenses',
        purchaseId: 'ps',
        sku: 'PHONE_SYSTEM',
        quantity: 2,
        defaultRulebook: 'current',
      },
      {
        type: 'PurchaseLicenses',
        purchaseId: 'vu',
        sku: 'PHONE_SYSTEM_VIRTUAL_USER',
        quantity: 1,
        defaultRulebook: 'current',
      },
      { type: 'ChangeLicenses', accountId: 'q1', add: ['PHONE_SYSTEM_VIRTUAL_USER'], remove: [] },
      { type: 'AssignPhoneNumber', accountId: 'q1', phoneNumber: '+441234567890' },
      ERASE,
    ];
    await writeLedger(store, [commands], () => 0, STEP_MS);
    const projections = LedgerProjections.open(file('projections.sqlite'), store);
    try {
      await projections.runner.catchUp();
      const rows = projections.db
        .prepare<[], { figures: Buffer | null; tenant_id: string; reached_at: number }>(
          `SELECT d.entry AS tenant_id, c.reached_at, f.figures FROM tenant_checkpoints c
           JOIN dictionary d ON d.id = c.tenant
           LEFT JOIN tenant_figures f ON f.tenant = c.tenant AND f.reached_at = c.reached_at`,
        )
        .all();
      expect(rows.length).toBeGreaterThanOrEqual(5);
      // The figures are compact JSON, whose text values are stored as UTF-8: read every byte as text.
      const written = rows
        .map((row) => `${row.tenant_id} ${row.reached_at} ${row.figures?.toString('latin1') ?? ''}`)
        .join('\n');
      expect(written).not.toContain('Reception Queue');
      expect(written).not.toContain('1234567890');
      // Before the erasure, the figures are still there to read.
      const [before] = await projections.asOf.allTenants(iso(START + 4 * STEP_MS));
      expect(before?.figures.quota.virtualUser.assigned).toBe(1);
    } finally {
      await projections.close();
    }
  }, 60_000);
});
