import fc from 'fast-check';
import type { EmbeddedEventStore } from '@ledger/event-store';
import {
  accountViewOf,
  forecastAt,
  initialTenantState,
  quotaOf,
  type LedgerCommand,
  type TenantState,
} from '@ledger/licensing';
import { commandSequenceOf } from '@ledger/licensing/testing/command-arbitraries';
import { LedgerProjections } from '../projection-catalogue';
import { fullReplayAsOf } from '../testing/full-replay';
import { CountingStore, START, writeLedger, writeLongHistory } from '../testing/ledger-writer';
import { countLoopTurns } from '../testing/loop-turns';
import { givenATemporaryStore } from '../testing/temporary-store';
import { TREND_INTERVALS, type TrendRequest } from './trend-intervals';
import type { TrendFigures } from './trend-point';

const HOUR_MS = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The oracle: the figures of SPEC §6 read off the views a tenant's reads answer — the quota view,
 * the account views' statuses and compliance flags — of a state.
 */
function expectedFigures(state: TenantState): TrendFigures {
  const { virtualUser: seats, phoneSystemSeats } = quotaOf(state);
  const views = [...state.accounts.values()].map((account) => accountViewOf(account, state.rulebook));
  const count = (matches: (view: (typeof views)[number]) => boolean) => views.filter(matches).length;
  return {
    broken: count((view) => view.status === 'broken'),
    nonCompliant: count((view) => view.compliance.length > 0),
    phoneSystemSeats: phoneSystemSeats.purchased,
    allocation: seats.allocation,
    assigned: seats.assigned,
    free: seats.free.held,
    paid: seats.paid.held,
    monthlyCost: seats.paid.monthlyCost,
  };
}

/** R13: a term on each tenant, ending inside the series, so expiries and forecasts show in it. */
const termed = (endsAtMs: number): LedgerCommand => ({
  type: 'PurchaseLicenses',
  purchaseId: 'termed',
  sku: 'PHONE_SYSTEM',
  quantity: 3,
  term: { endsAt: iso(endsAtMs), trial: false },
  now: iso(START),
});

describe('trends (SPEC §5): one pass over each tenant’s stream', () => {
  const temporary = givenATemporaryStore('ledger-trend-');
  let store: EmbeddedEventStore;
  beforeEach(() => {
    store = temporary.store;
  });

  it('every point equals the as-of answer at its instant (a full replay of the log), at random intervals, on random ledgers, with skewed clocks, a lagging projection and forecasts', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(commandSequenceOf(40), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat({ max: 10 }),
        fc.constantFrom(...TREND_INTERVALS),
        fc.tuple(fc.nat({ max: 400 }), fc.nat({ max: 400 }), fc.nat({ max: 400 }), fc.nat({ max: 400 })),
        async (tenants, skews, snapshotEvery, stopAfterBatches, interval, [a, b, nowSeed, endSeed]) => {
          run += 1;
          // Activities 6 hours apart: a ledger of a few weeks, so points fall between its events.
          const step = 6 * HOUR_MS;
          const withTerms = tenants.map((commands) => [
            ...commands.slice(0, 5),
            termed(START + endSeed * step),
            ...commands.slice(5),
          ]);
          const { tenantIds } = await writeLedger(
            store,
            withTerms,
            (n) => skews[n % skews.length] ?? 0,
            step,
          );
          const projections = LedgerProjections.open(temporary.file(`run-${run}.sqlite`), store, {
            snapshotEvery,
            batchSize: 3,
          });
          let batches = 0;
          await projections.runner.catchUp(() => {
            batches += 1;
            if (batches > stopAfterBatches) void projections.runner.stop();
          });
          try {
            // From a day before the first activity to weeks after; at whole steps and between them.
            const instant = (seed: number) => START + (seed - 4) * step + (seed % 3) * 7 * 60_000;
            const [from, to] = a <= b ? [instant(a), instant(b)] : [instant(b), instant(a)];
            const request: TrendRequest = { from: iso(from), to: iso(to), interval };
            const now = iso(instant(nowSeed));
            const estate = await projections.trends.allTenants(request, now, 'current');
            const trends = await Promise.all(
              tenantIds.map((tenantId) => projections.trends.tenant(tenantId, request, now, 'current')),
            );
            for (const [index, point] of estate.points.entries()) {
              const replayed = await fullReplayAsOf(store, point.at);
              const asOf = (state: TenantState) => (point.at > now ? forecastAt(state, point.at) : state);
              for (const [t, tenantId] of tenantIds.entries()) {
                const past = replayed.find((tenant) => tenant.tenantId === tenantId);
                expect(trends[t]!.points[index]).toEqual({
                  at: point.at,
                  rulebook: past?.state.rulebook ?? 'current',
                  forecast: point.at > now,
                  ...expectedFigures(asOf(past?.state ?? initialTenantState())),
                });
              }
              // The estate: every tenant of the log (this run's and the earlier runs') summed.
              const sum: Record<string, number> = {};
              for (const past of replayed) {
                for (const [figure, value] of Object.entries(expectedFigures(asOf(past.state)))) {
                  sum[figure] = (sum[figure] ?? 0) + value;
                }
              }
              expect(point).toMatchObject({ ...sum, tenants: replayed.length, forecast: point.at > now });
            }
          } finally {
            await projections.close();
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 240_000);

  it('reads each stream once from the snapshot before the first point, not once per point', async () => {
    await writeLongHistory(store, 'long', 3000);
    const counting = new CountingStore(store);
    const projections = LedgerProjections.open(temporary.file('projections.sqlite'), counting, {
      snapshotEvery: 100,
    });
    try {
      await projections.runner.catchUp();
      counting.eventsRead = 0;
      // Events one second apart from START: 2,000 … 3,000 seconds, by day: one point, at `to`.
      const from = iso(START + 2000 * 1000);
      const trend = await projections.trends.tenant(
        'long',
        { from, to: iso(START + 86_400_000 * 3), interval: 'day' },
        from,
        'current',
      );
      expect(trend.points.map((point) => point.at)).toEqual([
        '2026-01-02T00:00:00.000Z',
        '2026-01-03T00:00:00.000Z',
        '2026-01-04T00:00:00.000Z',
      ]);
      // From the snapshot at or before the first point (revision 2,999), never from the start.
      expect(counting.eventsRead).toBeLessThanOrEqual(101);
      counting.eventsRead = 0;
      const early = await projections.trends.tenant(
        'long',
        { from: iso(START), to: iso(START + 2999 * 1000), interval: 'day' },
        from,
        'current',
      );
      expect(early.points).toHaveLength(1);
      // One pass: every event once (plus the pages' ends), however many points.
      expect(counting.eventsRead).toBeLessThanOrEqual(3001);
    } finally {
      await projections.close();
    }
  }, 60_000);

  it('a long trend lets the event loop turn while it folds', async () => {
    await writeLongHistory(store, 'long', 3000);
    const projections = LedgerProjections.open(temporary.file('projections.sqlite'), store);
    try {
      const request: TrendRequest = { from: iso(START), to: iso(START + 40 * 86_400_000), interval: 'day' };
      let loop = countLoopTurns();
      expect((await projections.trends.tenant('long', request, iso(START), 'current')).points).toHaveLength(
        40,
      );
      expect(loop.stop()).toBeGreaterThanOrEqual(3);
      loop = countLoopTurns();
      expect((await projections.trends.allTenants(request, iso(START), 'current')).points[0]?.tenants).toBe(
        1,
      );
      expect(loop.stop()).toBeGreaterThanOrEqual(3);
    } finally {
      await projections.close();
    }
  }, 60_000);
});
