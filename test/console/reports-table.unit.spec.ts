import type { BrokenAccountRow, TenantQuotaRow } from '../../apps/console/src/api/types';
import { searchAndSort, tenantRowsOf } from '../../apps/console/src/components/tenant-rows';
import { TREND_INTERVALS, TREND_RANGES, trendWindow } from '../../apps/console/src/components/trend-window';

/** A quota report row with the figures the table reads; the rest as a tenant without events has them. */
function quotaRow(tenantId: string, figures: { seats?: number; allocation?: number; freeHeld?: number; unlicensed?: number; cost?: number } = {}): TenantQuotaRow {
  const allocation = figures.allocation ?? 0;
  const freeHeld = figures.freeHeld ?? 0;
  return {
    tenantId,
    rulebook: 'current',
    policy: 'per-ten',
    phoneSystemSeats: { purchased: figures.seats ?? 0, assigned: 0 },
    virtualUser: {
      allocation,
      purchased: freeHeld,
      assigned: 0,
      available: freeHeld,
      purchasable: Math.max(0, allocation - freeHeld),
      free: { allocation, held: freeHeld, available: Math.max(0, allocation - freeHeld) },
      paid: { held: 0, monthlyCost: figures.cost ?? 0 },
    },
    overAllocated: freeHeld > allocation,
    overAllocatedBy: Math.max(0, freeHeld - allocation),
    shortfalls: [],
    expiring: [],
    position: null,
    compliance: { UNLICENSED: figures.unlicensed ?? 0, FULL_LICENCE: 0 },
  };
}

const brokenIn = (tenantId: string): BrokenAccountRow => ({ tenantId, accountId: 'aa', status: 'broken' }) as BrokenAccountRow;

describe("the reports page's tenants table (issue 14)", () => {
  const rows = tenantRowsOf(
    [
      quotaRow('Contoso', { seats: 10, allocation: 26, freeHeld: 26 }),
      quotaRow('adatum', { seats: 1, allocation: 25, freeHeld: 5, unlicensed: 2 }),
      quotaRow('fabrikam', { allocation: 0, freeHeld: 1 }),
      quotaRow('quiet'),
    ],
    [brokenIn('adatum'), brokenIn('adatum'), brokenIn('Contoso')],
  );

  it("counts each tenant's broken accounts from the broken-accounts report and its non-compliant ones from its flags", () => {
    expect(rows.map((row) => [row.tenantId, row.broken, row.nonCompliant])).toEqual([
      ['Contoso', 1, 0],
      ['adatum', 2, 2],
      ['fabrikam', 0, 0],
      ['quiet', 0, 0],
    ]);
  });

  it('allocation used is the free seats held over the free allocation; none allotted but seats held sorts above every share, nothing at all below', () => {
    expect(rows.map((row) => row.usedPercent)).toEqual([100, 20, Number.POSITIVE_INFINITY, null]);
    expect(searchAndSort(rows, '', 'usedPercent', 'desc').map((row) => row.tenantId)).toEqual(['fabrikam', 'Contoso', 'adatum', 'quiet']);
  });

  it('searches any part of the tenant id in any case', () => {
    expect(searchAndSort(rows, ' CON ', 'tenantId', 'asc').map((row) => row.tenantId)).toEqual(['Contoso']);
    expect(searchAndSort(rows, 'a', 'tenantId', 'asc').map((row) => row.tenantId)).toEqual(['adatum', 'fabrikam']);
  });

  it('sorts either way, ties in tenant id order', () => {
    expect(searchAndSort(rows, '', 'broken', 'desc').map((row) => row.tenantId)).toEqual(['adatum', 'Contoso', 'fabrikam', 'quiet']);
    expect(searchAndSort(rows, '', 'broken', 'asc').map((row) => row.tenantId)).toEqual(['fabrikam', 'quiet', 'Contoso', 'adatum']);
  });
});

describe("a trend chart's ranges (SPEC §6: at most 1,000 points)", () => {
  const now = new Date('2026-11-30T17:00:00.000Z');
  const length = { day: 86_400_000, week: 7 * 86_400_000, month: 28 * 86_400_000 } as const;

  it.each(TREND_RANGES.flatMap((range) => TREND_INTERVALS.map((interval) => [range.id, interval.id] as const)))(
    '%s by %s asks for at most 1,000 points, ending at now or the forecast months ahead',
    (range, interval) => {
      const window = trendWindow(range, interval, now);
      expect((Date.parse(window.to) - Date.parse(window.from)) / length[interval]).toBeLessThan(1_000);
      expect(Date.parse(window.from)).toBeLessThan(now.getTime());
      expect(window.to).toBe(range === '12m+3m' ? '2027-02-28T17:00:00.000Z' : now.toISOString());
    },
  );

  it('counts calendar months in UTC, the day clipped to the shorter month', () => {
    expect(trendWindow('1m', 'day', new Date('2026-03-31T08:00:00.000Z')).from).toBe('2026-02-28T08:00:00.000Z');
    expect(trendWindow('12m', 'month', new Date('2028-02-29T00:00:00.000Z')).from).toBe('2027-02-28T00:00:00.000Z');
  });
});
