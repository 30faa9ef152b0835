import { CommandBus } from '@nestjs/cqrs';
import { RecordLicenseActivity } from '../apps/ledger-api/src/commands/record-license-activity.command';
import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { tokens } from './support/tokens';

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 2, 1);

/** R13 over HTTP: purchases with a term, renewal, `expiring` and forecasts (SPEC §4, §6). */
describe('R13 Subscription terms over HTTP', () => {
  let app: LedgerTestApp;
  /** The service's clock, moved by the tests: `now` of every decision and read comes from it. */
  let nowMs = START;
  const inDays = (days: number) => new Date(nowMs + days * DAY_MS).toISOString();

  beforeAll(async () => {
    app = await LedgerTestApp.start({}, undefined, { clock: () => new Date(nowMs) });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    nowMs = START;
  });

  async function storedEvents(tenantId: string) {
    const events = [];
    for await (const event of app.store.readStream(`licensing-tenant-${tenantId}`)) events.push(event);
    return events;
  }

  async function purchaseId(answer: { body: Record<string, unknown> }): Promise<string> {
    return answer.body.purchaseId as string;
  }

  it('records a purchase with a term {endsAt, trial}', async () => {
    const tenant = new TenantClient(app, 'terms-buy');
    const bought = await tenant.purchaseWithTerm('CALLING_PLAN', 3, { endsAt: inDays(10), trial: true });
    expectStatus(bought, 201);
    expect(bought.body).toMatchObject({ events: ['RulebookAdopted', 'LicensePurchased'] });
    expect((await storedEvents('terms-buy')).at(-1)?.data).toMatchObject({
      purchaseId: bought.body.purchaseId,
      quantity: 3,
      term: { endsAt: inDays(10), trial: true },
    });
  });

  it('renews a term not yet ended: SubscriptionRenewed, 200', async () => {
    const tenant = new TenantClient(app, 'terms-renew');
    const id = await purchaseId(
      await tenant.purchaseWithTerm('PHONE_SYSTEM', 2, { endsAt: inDays(10), trial: false }),
    );
    const renewed = await tenant.renew(id, inDays(400));
    expectStatus(renewed, 200);
    expect(renewed.body).toMatchObject({ events: ['SubscriptionRenewed'], warnings: [] });
    expect((await storedEvents('terms-renew')).at(-1)?.data).toMatchObject({
      purchaseId: id,
      endsAt: inDays(400),
      previousEndsAt: inDays(10),
    });
  });

  it('expiring lists only the terms ending within 30 days of now, judged when read', async () => {
    const tenant = new TenantClient(app, 'terms-expiring');
    const soon = await purchaseId(
      await tenant.purchaseWithTerm('PHONE_SYSTEM', 5, { endsAt: inDays(10), trial: true }),
    );
    const later = await purchaseId(
      await tenant.purchaseWithTerm('CALLING_PLAN', 2, { endsAt: inDays(40), trial: false }),
    );
    expectStatus(await tenant.purchase('CALLING_PLAN', 1), 201); // no term: never listed
    expect((await tenant.quota()).body.expiring).toEqual([
      { purchaseId: soon, sku: 'PHONE_SYSTEM', quantity: 5, endsAt: inDays(10), trial: true },
    ]);
    // 15 days on, with no new event: the 40-day term now ends within 30 days.
    const endsSoon = inDays(10);
    const endsLater = inDays(40);
    nowMs += 15 * DAY_MS;
    expect((await tenant.quota()).body.expiring).toEqual([
      { purchaseId: soon, sku: 'PHONE_SYSTEM', quantity: 5, endsAt: endsSoon, trial: true },
      { purchaseId: later, sku: 'CALLING_PLAN', quantity: 2, endsAt: endsLater, trial: false },
    ]);
    const report = await app.request<{ tenants: Record<string, unknown>[] }>('GET', '/v1/reports/quota', {
      token: tokens.globalAdmin(),
    });
    expect(report.body.tenants.find((row) => row.tenantId === 'terms-expiring')?.expiring).toHaveLength(2);
  });

  it('asOf up to 366 days ahead is a forecast from the terms recorded; beyond is 400 naming asOf', async () => {
    const tenant = new TenantClient(app, 'terms-forecast');
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 10), 201);
    expectStatus(await tenant.purchaseWithTerm('PHONE_SYSTEM', 90, { endsAt: inDays(20), trial: true }), 201);
    expect((await tenant.quota()).body).toMatchObject({
      phoneSystemSeats: { purchased: 100 },
      virtualUser: { allocation: 35 },
    });
    const before = await tenant.quota(`?asOf=${encodeURIComponent(inDays(19))}`);
    expect(before.body).toMatchObject({
      phoneSystemSeats: { purchased: 100 },
      virtualUser: { allocation: 35 },
    });
    const after = await tenant.quota(`?asOf=${encodeURIComponent(inDays(21))}`);
    expectStatus(after, 200);
    expect(after.body).toMatchObject({
      asOf: inDays(21),
      phoneSystemSeats: { purchased: 10 },
      virtualUser: { allocation: 26 },
      expiring: [],
    });
    expectStatus(await tenant.quota(`?asOf=${encodeURIComponent(inDays(366))}`), 200);
    // The quota report forecasts the same way, within the same limit.
    const report = await app.request<{ tenants: Record<string, unknown>[] }>(
      'GET',
      `/v1/reports/quota?asOf=${encodeURIComponent(inDays(21))}`,
      { token: tokens.globalAdmin() },
    );
    expect(report.body.tenants.find((row) => row.tenantId === 'terms-forecast')).toMatchObject({
      phoneSystemSeats: { purchased: 10 },
    });
    const tooFar = `?asOf=${encodeURIComponent(inDays(367))}`;
    const reportBeyond = await app.request('GET', `/v1/reports/quota${tooFar}`, {
      token: tokens.globalAdmin(),
    });
    expect(reportBeyond.status).toBe(400);
    expect(reportBeyond.body).toMatchObject({ details: [{ field: 'asOf', problems: [expect.any(String)] }] });
    for (const path of ['/quota', '/accounts']) {
      const beyond = await tenant.call('GET', `${path}${tooFar}`);
      expect(beyond.status).toBe(400);
      expect(beyond.body).toMatchObject({
        error: 'VALIDATION_FAILED',
        details: [{ field: 'asOf', problems: [expect.stringMatching(/366 days/)] }],
      });
    }
  });

  describe('renewal refused', () => {
    it('a term that has ended → 409 SUBSCRIPTION_EXPIRED, whether or not its expiry is appended yet', async () => {
      const tenant = new TenantClient(app, 'terms-expired');
      const ended = await purchaseId(
        await tenant.purchaseWithTerm('CALLING_PLAN', 1, { endsAt: inDays(1), trial: true }),
      );
      const expired = await purchaseId(
        await tenant.purchaseWithTerm('CALLING_PLAN', 1, { endsAt: inDays(1), trial: false }),
      );
      nowMs += 2 * DAY_MS;
      // What the service's scheduler sends at a term's end, through the same command bus.
      const expiry = await app.nest
        .get(CommandBus)
        .execute(
          new RecordLicenseActivity(
            'terms-expired',
            { type: 'ExpireSubscription', purchaseId: expired, now: new Date(nowMs).toISOString() },
            { actor: 'ledger-service', correlationId: 'terms-e2e' },
          ),
        );
      expect(expiry.events.map((event) => event.type)).toEqual(['SubscriptionExpired']);
      const before = await app.eventCount();
      for (const id of [ended, expired]) {
        const answer = await tenant.renew(id, inDays(30));
        expect(answer.status).toBe(409);
        expect(answer.body).toMatchObject({ statusCode: 409, error: 'SUBSCRIPTION_EXPIRED' });
      }
      expect(await app.eventCount()).toBe(before);
    });

    it('a purchase without a term → 409 NO_TERM; an unknown one → 404; nothing appended', async () => {
      const tenant = new TenantClient(app, 'terms-no-term');
      const perpetual = await purchaseId(await tenant.purchase('CALLING_PLAN', 1));
      const before = await app.eventCount();
      const noTerm = await tenant.renew(perpetual, inDays(30));
      expect(noTerm.status).toBe(409);
      expect(noTerm.body).toMatchObject({ error: 'NO_TERM' });
      const unknown = await tenant.renew('6f1c1d8e-0000-4000-8000-000000000000', inDays(30));
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ error: 'NOT_FOUND' });
      expect(await app.eventCount()).toBe(before);
    });
  });

  describe('bad input: 400 VALIDATION_FAILED naming the field, nothing appended', () => {
    const purchases: [string, unknown, string][] = [
      ['endsAt in the past', { endsAt: '2026-02-01T00:00:00.000Z', trial: false }, 'term.endsAt'],
      [
        'endsAt at the very instant of the decision',
        { endsAt: new Date(START).toISOString(), trial: false },
        'term.endsAt',
      ],
      ['endsAt not an instant', { endsAt: 'next tuesday', trial: false }, 'term.endsAt'],
      ['endsAt a date without a time', { endsAt: '2027-01-01', trial: false }, 'term.endsAt'],
      ['no endsAt', { trial: false }, 'term.endsAt'],
      ['trial not a boolean', { endsAt: '2027-01-01T00:00:00Z', trial: 'yes' }, 'term.trial'],
      ['no trial', { endsAt: '2027-01-01T00:00:00Z' }, 'term.trial'],
      [
        'an unknown field in the term',
        { endsAt: '2027-01-01T00:00:00Z', trial: false, seats: 3 },
        'term.seats',
      ],
      ['a term that is no object', '2027-01-01T00:00:00Z', 'term'],
      ['a null term', null, 'term'],
    ];
    it.each(purchases)('a purchase with %s', async (_name, term, field) => {
      const tenant = new TenantClient(app, 'terms-bad');
      const before = await app.eventCount();
      const answer = await tenant.purchaseWithTerm('CALLING_PLAN', 1, term);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        details: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      expect(await app.eventCount()).toBe(before);
    });

    it.each([
      ['endsAt in the past', { endsAt: '2026-02-01T00:00:00.000Z' }, 'endsAt'],
      ['endsAt not an instant', { endsAt: 'soon' }, 'endsAt'],
      ['no endsAt', {}, 'endsAt'],
      ['an unknown field', { endsAt: '2027-01-01T00:00:00Z', trial: true }, 'trial'],
    ])('a renewal with %s', async (_name, body, field) => {
      const tenant = new TenantClient(app, 'terms-bad-renewal');
      const id = await purchaseId(
        await tenant.purchaseWithTerm('CALLING_PLAN', 1, { endsAt: inDays(10), trial: false }),
      );
      const before = await app.eventCount();
      const answer = await tenant.call('POST', `/purchases/${id}/renewal`, body);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        error: 'VALIDATION_FAILED',
        details: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      expect(await app.eventCount()).toBe(before);
    });

    it('a renewal of a purchase id that is no UUID', async () => {
      const answer = await new TenantClient(app, 'terms-bad-renewal').renew('not-a-purchase', inDays(10));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ details: [expect.objectContaining({ field: 'purchaseId' })] });
    });
  });
});
