import { parse } from 'csv-parse/sync';
import { SubscriptionExpiry } from '../apps/ledger-api/src/terms/subscription-expiry';
import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { tokens } from './support/tokens';
import type { ApiSchemas } from './support/typed-client';

type TenantTrend = ApiSchemas['TenantTrend'];
type EstateTrend = ApiSchemas['EstateTrend'];
type AttentionReport = ApiSchemas['AttentionReport'];

/** A clock the test sets: each write occurs when the scenario says. */
function settableClock(iso: string): { clock: () => Date; set: (to: string) => void } {
  let now = Date.parse(iso);
  return { clock: () => new Date(now), set: (to) => (now = Date.parse(to)) };
}

/** The figures of a point, without its instant and flags: what the scenario's expectations list. */
const figures = (point: TenantTrend['points'][number]) =>
  Object.fromEntries(Object.entries(point).filter(([key]) => !['at', 'rulebook', 'forecast'].includes(key)));

const NOW = '2026-03-10T12:00:00.000Z';

/**
 * SPEC §5/§6 trends and attention over HTTP, on a small scripted ledger (rulebook `current`:
 * A(N) = 25 + ⌊N/10⌋). 2026-03-02 is a Monday.
 *  tailspin — Mon 2 Mar 09:00: 10 Phone System seats with a term ending Fri 6 Mar 00:00, 3 Resource
 *             Account seats, aa-1 and cq-4 licensed; Wed 4 Mar (day 3): a split swap on aa-1 (broken);
 *             Fri 6 Mar 00:00: the expiry, exactly at a day's end; Sat 7 Mar: 5 Phone System seats
 *             with a term ending Fri 20 Mar 00:00.
 *  adatum   — Tue 3 Mar 12:00: 1 Phone System seat.
 *  fabrikam — Tue 3 Mar 13:00: 1 Phone System seat and an unlicensed resource account (R11).
 * The requests are made at NOW, Tue 10 Mar 12:00: later points are forecasts.
 */
describe('Trends and attention (SPEC §5, §6)', () => {
  const time = settableClock('2026-03-02T09:00:00.000Z');
  let app: LedgerTestApp;
  const admin = tokens.globalAdmin();

  beforeAll(async () => {
    app = await LedgerTestApp.start({ LEDGER_EXPIRY_INTERVAL_MS: '3600000' }, undefined, {
      clock: time.clock,
    });
    const tailspin = new TenantClient(app, 'tailspin');
    expectStatus(
      await tailspin.purchaseWithTerm('PHONE_SYSTEM', 10, {
        endsAt: '2026-03-06T00:00:00.000Z',
        trial: false,
      }),
      201,
    );
    expectStatus(await tailspin.purchase('PHONE_SYSTEM_VIRTUAL_USER', 3), 201);
    await tailspin.licensedResourceAccount('aa-1');
    await tailspin.licensedResourceAccount('cq-4');
    time.set('2026-03-03T12:00:00.000Z');
    expectStatus(await new TenantClient(app, 'adatum').purchase('PHONE_SYSTEM', 1), 201);
    time.set('2026-03-03T13:00:00.000Z');
    const fabrikam = new TenantClient(app, 'fabrikam');
    expectStatus(await fabrikam.purchase('PHONE_SYSTEM', 1), 201);
    expectStatus(await fabrikam.createResourceAccount('aa-bare'), 201);
    // Day 3: the licence removed in one activity and assigned in a later one (R6).
    time.set('2026-03-04T10:00:00.000Z');
    expectStatus(await tailspin.unassign('aa-1', 'PHONE_SYSTEM_VIRTUAL_USER'), 200);
    time.set('2026-03-04T10:01:00.000Z');
    expectStatus(await tailspin.assign('aa-1', 'PHONE_SYSTEM_VIRTUAL_USER'), 201);
    // R13: the scheduler expires the term exactly at the end of day 5.
    time.set('2026-03-06T00:00:00.000Z');
    await app.nest.get(SubscriptionExpiry).run();
    time.set('2026-03-07T08:00:00.000Z');
    expectStatus(
      await tailspin.purchaseWithTerm('PHONE_SYSTEM', 5, {
        endsAt: '2026-03-20T00:00:00.000Z',
        trial: false,
      }),
      201,
    );
    time.set(NOW);
  });
  afterAll(() => app.close());

  const trendOf = (tenantId: string, query: string, token = admin) =>
    app.request<TenantTrend>('GET', `/v1/tenants/${tenantId}/trend?${query}`, { token });

  it('a tenant’s daily trend: broken from the split swap’s day on, the seats gone at the term’s end (an event at a boundary counts in that point)', async () => {
    const answer = await trendOf(
      'tailspin',
      'from=2026-03-02T00:00:00Z&to=2026-03-09T00:00:00Z&interval=day',
    );
    expectStatus(answer, 200);
    const { points, ...range } = answer.body;
    expect(range).toEqual({
      tenantId: 'tailspin',
      interval: 'day',
      from: '2026-03-02T00:00:00.000Z',
      to: '2026-03-09T00:00:00.000Z',
    });
    const before = { allocation: 26, free: 3, paid: 0, assigned: 2, nonCompliant: 0, monthlyCost: 0 };
    const expired = { ...before, phoneSystemSeats: 0, allocation: 0, broken: 1 };
    expect(points.map((point) => [point.at, figures(point)])).toEqual([
      ['2026-03-03T00:00:00.000Z', { ...before, phoneSystemSeats: 10, broken: 0 }],
      ['2026-03-04T00:00:00.000Z', { ...before, phoneSystemSeats: 10, broken: 0 }],
      // End of day 3: the split swap.
      ['2026-03-05T00:00:00.000Z', { ...before, phoneSystemSeats: 10, broken: 1 }],
      // The expiry occurred at 00:00:00.000 exactly: it is in the point at that instant.
      ['2026-03-06T00:00:00.000Z', expired],
      ['2026-03-07T00:00:00.000Z', expired],
      ['2026-03-08T00:00:00.000Z', { ...expired, phoneSystemSeats: 5, allocation: 25 }],
      ['2026-03-09T00:00:00.000Z', { ...expired, phoneSystemSeats: 5, allocation: 25 }],
    ]);
    expect(points.every((point) => point.rulebook === 'current' && !point.forecast)).toBe(true);
  });

  it('weeks end on Monday at midnight UTC; points after now are forecasts from the terms recorded (R13)', async () => {
    const answer = await trendOf(
      'tailspin',
      'from=2026-03-02T00:00:00Z&to=2026-03-31T00:00:00Z&interval=week',
    );
    expectStatus(answer, 200);
    expect(
      answer.body.points.map(({ at, forecast, phoneSystemSeats }) => [at, forecast, phoneSystemSeats]),
    ).toEqual([
      ['2026-03-09T00:00:00.000Z', false, 5],
      ['2026-03-16T00:00:00.000Z', true, 5],
      // The second term ends on 20 March: forecast expired.
      ['2026-03-23T00:00:00.000Z', true, 0],
      ['2026-03-30T00:00:00.000Z', true, 0],
      ['2026-03-31T00:00:00.000Z', true, 0],
    ]);
    // The forecast is what asOf answers for the same instant.
    const asOf = await new TenantClient(app, 'tailspin').quota('?asOf=2026-03-23T00:00:00Z');
    expect((asOf.body.phoneSystemSeats as { purchased: number }).purchased).toBe(0);
  });

  it('months end on the first at midnight UTC; before its first event a tenant has points of zeros, as an unknown tenant does', async () => {
    const answer = await trendOf(
      'tailspin',
      'from=2026-01-01T00:00:00Z&to=2026-04-01T00:00:00Z&interval=month',
    );
    expectStatus(answer, 200);
    expect(answer.body.points.map((point) => [point.at, point.phoneSystemSeats, point.broken])).toEqual([
      ['2026-02-01T00:00:00.000Z', 0, 0],
      ['2026-03-01T00:00:00.000Z', 0, 0],
      ['2026-04-01T00:00:00.000Z', 0, 1],
    ]);
    const unknown = await trendOf('nobody', 'from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z&interval=day');
    expectStatus(unknown, 200);
    expect(unknown.body.points).toEqual([
      expect.objectContaining({
        at: '2026-03-02T00:00:00.000Z',
        rulebook: 'current',
        allocation: 0,
        broken: 0,
      }),
      expect.objectContaining({ at: '2026-03-03T00:00:00.000Z', rulebook: 'current', phoneSystemSeats: 0 }),
    ]);
  });

  it('the all-tenant trend sums every tenant with events by each point', async () => {
    const answer = await app.request<EstateTrend>(
      'GET',
      '/v1/reports/trend?from=2026-03-02T00:00:00Z&to=2026-03-05T00:00:00Z&interval=day',
      { token: admin },
    );
    expectStatus(answer, 200);
    expect(
      answer.body.points.map(
        ({ at, tenants, phoneSystemSeats, allocation, broken, nonCompliant, rulebook }) => ({
          at,
          tenants,
          phoneSystemSeats,
          allocation,
          broken,
          nonCompliant,
          rulebook,
        }),
      ),
    ).toEqual([
      {
        at: '2026-03-03T00:00:00.000Z',
        tenants: 1,
        phoneSystemSeats: 10,
        allocation: 26,
        broken: 0,
        nonCompliant: 0,
        rulebook: 'current',
      },
      // adatum and fabrikam: 25 each; fabrikam's resource account unlicensed (R11).
      {
        at: '2026-03-04T00:00:00.000Z',
        tenants: 3,
        phoneSystemSeats: 12,
        allocation: 76,
        broken: 0,
        nonCompliant: 1,
        rulebook: 'current',
      },
      {
        at: '2026-03-05T00:00:00.000Z',
        tenants: 3,
        phoneSystemSeats: 12,
        allocation: 76,
        broken: 1,
        nonCompliant: 1,
        rulebook: 'current',
      },
    ]);
  });

  it('answers the same points as CSV, one row per point, through the one CSV writer', async () => {
    const query = 'from=2026-03-02T00:00:00Z&to=2026-03-09T00:00:00Z&interval=day';
    const json = await trendOf('tailspin', query);
    const csv = await app.request<string>('GET', `/v1/tenants/tailspin/trend?${query}&format=csv`, {
      token: admin,
    });
    expectStatus(csv, 200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe(
      'tenantId,at,rulebook,allocation,free,paid,assigned,phoneSystemSeats,broken,nonCompliant,monthlyCost,forecast',
    );
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual(
      json.body.points.map((point) => ({
        tenantId: 'tailspin',
        ...Object.fromEntries(
          Object.entries(point).map(([key, value]) => [key, value === false ? '' : String(value)]),
        ),
      })),
    );
    const estate = await app.request<string>('GET', `/v1/reports/trend?${query}&format=csv`, {
      token: admin,
    });
    expectStatus(estate, 200);
    expect(estate.body.split('\n')[0]).toBe(
      'at,rulebook,allocation,free,paid,assigned,phoneSystemSeats,broken,nonCompliant,monthlyCost,forecast,tenants',
    );
  });

  it('attention lists only the tenants that need action, worst first, with reasons and remedies', async () => {
    const answer = await app.request<AttentionReport>('GET', '/v1/reports/attention', { token: admin });
    expectStatus(answer, 200);
    expect(answer.body.summary).toEqual({ tenants: 3, needingAction: 2, critical: 1, warning: 1, notice: 0 });
    expect(answer.body.next).toBeNull();
    expect(answer.body.tenants).toEqual([
      {
        tenantId: 'tailspin',
        severity: 'critical',
        reasons: [
          expect.objectContaining({
            code: 'BROKEN_ACCOUNTS',
            severity: 'critical',
            count: 1,
            message: '1 resource account is broken by a split swap (R6): aa-1.',
            remedy: expect.stringContaining(
              'POST /v1/tenants/tailspin/accounts/{accountId}/replacement',
            ) as unknown,
          }),
          expect.objectContaining({
            code: 'TERMS_ENDING',
            severity: 'notice',
            message: '1 subscription term ends within 30 days: 5 PHONE_SYSTEM seats on 2026-03-20 00:00 UTC.',
          }),
        ],
      },
      {
        tenantId: 'fabrikam',
        severity: 'warning',
        reasons: [
          expect.objectContaining({
            code: 'UNLICENSED',
            count: 1,
            message:
              '1 resource account without a phone-capable licence (R11); they are listed by GET /v1/tenants/fabrikam/accounts?compliance=UNLICENSED.',
          }),
        ],
      },
    ]);
  });

  it('attention pages with limit and after, and answers CSV one row per reason', async () => {
    const first = await app.request<AttentionReport>('GET', '/v1/reports/attention?limit=1', {
      token: admin,
    });
    expectStatus(first, 200);
    expect(first.body.tenants.map((entry) => entry.tenantId)).toEqual(['tailspin']);
    expect(first.body.next).toEqual(expect.any(String));
    const second = await app.request<AttentionReport>(
      'GET',
      `/v1/reports/attention?limit=1&after=${encodeURIComponent(first.body.next ?? '')}`,
      { token: admin },
    );
    expect(second.body.tenants.map((entry) => entry.tenantId)).toEqual(['fabrikam']);
    expect(second.body.next).toBeNull();

    const csv = await app.request<string>('GET', '/v1/reports/attention?format=csv', { token: admin });
    expectStatus(csv, 200);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.tenantId, row.severity, row.code, row.reasonSeverity, row.count])).toEqual([
      ['tailspin', 'critical', 'BROKEN_ACCOUNTS', 'critical', '1'],
      ['tailspin', 'critical', 'TERMS_ENDING', 'notice', '1'],
      ['fabrikam', 'warning', 'UNLICENSED', 'warning', '1'],
    ]);
  });

  it('a tenant’s trend is for that tenant’s admins and auditors and global admins; the reports for global admins only', async () => {
    const query = 'from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z&interval=day';
    expect((await trendOf('tailspin', query, tokens.auditor('tailspin'))).status).toBe(200);
    expect((await trendOf('tailspin', query, tokens.tenantAdmin('tailspin'))).status).toBe(200);
    expect((await trendOf('tailspin', query, tokens.auditor('adatum'))).status).toBe(403);
    expect((await trendOf('tailspin', query, tokens.tenantAdmin('adatum'))).status).toBe(403);
    for (const path of [`/v1/reports/trend?${query}`, '/v1/reports/attention']) {
      expect((await app.request('GET', path, { token: tokens.tenantAdmin('tailspin') })).status).toBe(403);
      expect((await app.request('GET', path, { token: tokens.auditor('tailspin') })).status).toBe(403);
      expect((await app.request('GET', path)).status).toBe(401);
    }
  });

  it.each([
    ['to=2026-03-03T00:00:00Z&interval=day', 'from'],
    ['from=2026-03-03T00:00:00Z&interval=day', 'to'],
    ['from=2026-03-04T00:00:00Z&to=2026-03-03T00:00:00Z&interval=day', 'from'],
    ['from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z&interval=year', 'interval'],
    ['from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z', 'interval'],
    // 2023-01-01 … 2026-03-03 by day: more than 1,000 points.
    ['from=2023-01-01T00:00:00Z&to=2026-03-03T00:00:00Z&interval=day', 'interval'],
    // 367 days after NOW: beyond the forecast window.
    ['from=2026-03-01T00:00:00Z&to=2027-03-12T12:00:00Z&interval=month', 'to'],
    ['from=yesterday&to=2026-03-03T00:00:00Z&interval=day', 'from'],
    ['from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z&interval=day&format=xml', 'format'],
    ['from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z&interval=day&tenant=x', 'tenant'],
  ])('a trend with %s is refused with 400 naming %s', async (query, field) => {
    for (const path of [`/v1/tenants/tailspin/trend?${query}`, `/v1/reports/trend?${query}`]) {
      const answer = await app.request('GET', path, { token: admin });
      expectStatus(answer, 400);
      expect(answer.body).toMatchObject({
        error: 'VALIDATION_FAILED',
        details: expect.arrayContaining([expect.objectContaining({ field })]) as unknown,
      });
    }
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['after=somewhere', 'after'],
    ['format=pdf', 'format'],
    ['asOf=2026-03-01T00:00:00Z', 'asOf'],
  ])('attention with %s is refused with 400 naming %s', async (query, field) => {
    const answer = await app.request('GET', `/v1/reports/attention?${query}`, { token: admin });
    expectStatus(answer, 400);
    expect(answer.body).toMatchObject({
      details: expect.arrayContaining([expect.objectContaining({ field })]) as unknown,
    });
  });
});
