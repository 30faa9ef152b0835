import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { tokens } from './support/tokens';

/** R9 over HTTP: `PUT /v1/tenants/{tenantId}/rulebook`, a global admin's switch (SPEC §4, §6). */
describe('R9 Rulebooks over HTTP', () => {
  let app: LedgerTestApp;
  beforeAll(async () => {
    // LEDGER_RULEBOOK defaults to current: the rulebook every other write adopts first.
    app = await LedgerTestApp.start();
  });
  afterAll(() => app.close());

  const asGlobalAdmin = (tenantId: string) => new TenantClient(app, tenantId, tokens.globalAdmin());

  async function storedEvents(tenantId: string) {
    const events = [];
    for await (const event of app.store.readStream(`licensing-tenant-${tenantId}`)) events.push(event);
    return events;
  }

  it('on a tenant with no events adopts the rulebook asked (previous: null), not the service’s default too', async () => {
    const admin = asGlobalAdmin('rb-new');
    const adopted = await admin.adoptRulebook('2019');
    expectStatus(adopted, 200);
    expect(adopted.body).toMatchObject({ events: ['RulebookAdopted'], revision: 0, warnings: [] });
    expect(adopted.headers.get('etag')).toBe('"0"');
    const stored = await storedEvents('rb-new');
    expect(stored.map((event) => [event.type, event.data])).toEqual([
      ['RulebookAdopted', { rulebook: '2019', previous: null }],
    ]);
    expect((await admin.quota()).body).toMatchObject({ rulebook: '2019', policy: 'seed' });
  });

  it('the same rulebook again answers 200 and appends nothing', async () => {
    const admin = asGlobalAdmin('rb-same');
    expectStatus(await admin.adoptRulebook('2020'), 200);
    const before = await app.eventCount();
    const again = await admin.adoptRulebook('2020');
    expectStatus(again, 200);
    expect(again.body).toMatchObject({ events: [], revision: 0 });
    expect(await app.eventCount()).toBe(before);
  });

  it('a switch re-judges the allocation from then on: 600 qualifying seats allot 624 under 2019, 85 under current', async () => {
    const admin = asGlobalAdmin('rb-switch');
    expectStatus(await admin.adoptRulebook('2019'), 200);
    expectStatus(await admin.purchase('PHONE_SYSTEM', 600), 201);
    expect((await admin.quota()).body).toMatchObject({ rulebook: '2019', virtualUser: { allocation: 624 } });
    const switched = await admin.adoptRulebook('current');
    expectStatus(switched, 200);
    expect(switched.body).toMatchObject({ events: ['RulebookAdopted'] });
    expect((await storedEvents('rb-switch')).at(-1)?.data).toEqual({ rulebook: 'current', previous: '2019' });
    expect((await admin.quota()).body).toMatchObject({
      rulebook: 'current',
      policy: 'per-ten',
      virtualUser: { allocation: 85 },
    });
  });

  it('honours If-Match: a stale revision is 412 and appends nothing; the current one switches', async () => {
    const admin = asGlobalAdmin('rb-if-match');
    expectStatus(await admin.purchase('PHONE_SYSTEM', 1), 201); // revision 1: RulebookAdopted, LicensePurchased
    const before = await app.eventCount();
    const stale = await admin.adoptRulebook('2020', { 'If-Match': '"0"' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ error: 'CONCURRENCY_CONFLICT' });
    expect(await app.eventCount()).toBe(before);
    const current = await admin.adoptRulebook('2020', { 'If-Match': '"1"' });
    expectStatus(current, 200);
    expect(current.headers.get('etag')).toBe('"2"');
  });

  it('the vendor’s Contoso example under current: 600 qualifying → 85 free; 90 resource accounts → 5 paid', async () => {
    const contoso = new TenantClient(app, 'rb-contoso');
    expectStatus(await contoso.purchase('PHONE_SYSTEM', 600), 201);
    expectStatus(await contoso.purchase('PHONE_SYSTEM_VIRTUAL_USER', 90), 201);
    const stored = await storedEvents('rb-contoso');
    expect(stored.at(-1)?.data).toMatchObject({ quantity: 90, freeQuantity: 85, paidQuantity: 5 });
    expect((await contoso.quota()).body).toMatchObject({
      rulebook: 'current',
      virtualUser: {
        allocation: 85,
        purchased: 90,
        free: { allocation: 85, held: 85, available: 0 },
        paid: { held: 5, monthlyCost: 10 },
      },
      overAllocated: false,
    });
  });

  describe('bad input: a clear 4xx, nothing appended', () => {
    it.each([
      ['an unknown rulebook', { rulebook: '2031' }, 'rulebook'],
      ['a policy name instead of a rulebook', { rulebook: 'seed' }, 'rulebook'],
      ['no rulebook', {}, 'rulebook'],
      ['a number', { rulebook: 2019 }, 'rulebook'],
      ['an unknown field', { rulebook: 'current', policy: 'seed' }, 'policy'],
    ])('%s → 400 VALIDATION_FAILED naming the field', async (_name, body, field) => {
      const before = await app.eventCount();
      const answer = await asGlobalAdmin('rb-bad').call('PUT', '/rulebook', body);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field })],
      });
      expect(await app.eventCount()).toBe(before);
    });

    it.each([
      ['a tenant admin of the tenant', tokens.tenantAdmin('rb-own'), 403],
      ['an auditor of the tenant', tokens.auditor('rb-own'), 403],
      ['no token', undefined, 401],
    ])('%s may not switch (%s)', async (_who, token, status) => {
      const before = await app.eventCount();
      const answer = await app.request('PUT', '/v1/tenants/rb-own/rulebook', {
        token,
        body: { rulebook: '2019' },
      });
      expect(answer.status).toBe(status);
      expect(await app.eventCount()).toBe(before);
    });
  });
});
