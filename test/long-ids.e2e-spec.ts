import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { tokens } from './support/tokens';

/** An id of exactly `length` characters, using every character SPEC §3 allows in one. */
function idOf(prefix: string, length: number): string {
  const filler = 'a.b_c@d-E9';
  let id = prefix;
  while (id.length < length) id += filler;
  return id.slice(0, length);
}

/**
 * SPEC §3/§6: ids match `^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$`, and ids of 128 characters work on
 * every route. Issue 10 #9: the router refused path parameters over 100 characters, so an
 * account created with a 101–128 character id could be read, changed, replaced or deleted never.
 */
describe('Ids of 128 characters work on every route; 129 is a 400 (SPEC §6)', () => {
  let app: LedgerTestApp;
  const tenantId = idOf('T', 128);
  const accountId = idOf('A', 128);
  const replacementId = idOf('R', 128);
  const userId = idOf('U', 128);
  let tenant: TenantClient;

  beforeAll(async () => {
    app = await LedgerTestApp.start();
    tenant = new TenantClient(app, tenantId);
  });
  afterAll(() => app.close());

  it('the ids are 128 characters, valid, and both sit in one URL', () => {
    expect([tenantId, accountId, replacementId, userId].map((id) => id.length)).toEqual([128, 128, 128, 128]);
    expect(`/v1/tenants/${tenantId}/accounts/${accountId}`.length).toBeGreaterThan(256);
  });

  it('create, read, licence add/remove, swap, activity, phone number, replacement, delete, history and quota', async () => {
    // Purchases and their cancellation under a 128-character tenant id.
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 2), 201);
    expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 2), 201);
    const spare = await tenant.purchase('CALLING_PLAN', 1);
    expectStatus(spare, 201);
    expectStatus(await tenant.cancelPurchase(String(spare.body.purchaseId)), 200);

    expectStatus(await tenant.createResourceAccount(accountId), 201);
    expectStatus(await tenant.createUser(userId), 201);
    const read = await tenant.account(accountId);
    expectStatus(read, 200);
    expect(read.body).toMatchObject({ accountId, kind: 'resource' });

    expectStatus(await tenant.assign(accountId, 'PHONE_SYSTEM'), 201);
    expectStatus(await tenant.swap(accountId, 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'), 200);
    expectStatus(await tenant.activity(accountId, ['PHONE_SYSTEM'], ['PHONE_SYSTEM_VIRTUAL_USER']), 200);
    expectStatus(await tenant.assignNumber(accountId, '+4930123456'), 200);
    expectStatus(await tenant.releaseNumber(accountId), 200);
    expectStatus(await tenant.assignNumber(accountId, '+4930123456'), 200);
    expectStatus(await tenant.unassign(accountId, 'PHONE_SYSTEM'), 200);
    expectStatus(await tenant.assign(userId, 'PHONE_SYSTEM'), 201);
    expectStatus(await tenant.unassign(userId, 'PHONE_SYSTEM'), 200);

    const replaced = await tenant.replace(accountId, replacementId);
    expectStatus(replaced, 201);
    expectStatus(await tenant.account(accountId), 404);
    const replacement = await tenant.account(replacementId);
    expectStatus(replacement, 200);
    expect(replacement.body).toMatchObject({ accountId: replacementId, phoneNumber: '+4930123456' });

    expectStatus(await tenant.deleteAccount(replacementId), 200);
    expectStatus(await tenant.deleteAccount(userId), 200);
    expectStatus(await tenant.account(replacementId), 404);

    const history = await tenant.call('GET', `/history?accountId=${accountId}&limit=1000`);
    expectStatus(history, 200);
    expect((history.body.events as Array<{ type: string }>).map((event) => event.type)).toEqual([
      'AccountCreated',
      'LicenseAssigned',
      'LicenseSwapped',
      // The activity: the Virtual User licence off, Phone System on, in one activity (R5).
      'LicenseSwapped',
      'PhoneNumberAssigned',
      'PhoneNumberReleased',
      'PhoneNumberAssigned',
      'LicenseUnassigned',
      'PhoneNumberReleased',
      'AccountDeleted',
    ]);
    // SPEC §6: newest first under both long ids, paged by before, with the filter's total.
    const newest = await tenant.call('GET', `/history?accountId=${accountId}&order=desc&limit=2`);
    expectStatus(newest, 200);
    expect(newest.body).toMatchObject({
      total: 10,
      events: [{ type: 'AccountDeleted' }, { type: 'PhoneNumberReleased' }],
    });
    const before = await tenant.call(
      'GET',
      `/history?accountId=${accountId}&order=desc&limit=2&before=${String(newest.body.next)}`,
    );
    expect(before.body).toMatchObject({
      total: 10,
      events: [{ type: 'LicenseUnassigned' }, { type: 'PhoneNumberAssigned' }],
    });

    const quota = await tenant.quota();
    expectStatus(quota, 200);
    expect(quota.body).toMatchObject({ tenantId, phoneSystemSeats: { purchased: 2, assigned: 0 } });
    expectStatus(await tenant.accounts(), 200);

    const admin = tokens.globalAdmin();
    const report = await app.request<{ tenants: Array<{ tenantId: string }> }>('GET', '/v1/reports/quota', {
      token: admin,
    });
    expect(report.body.tenants.map((entry) => entry.tenantId)).toContain(tenantId);
  });

  it('offboarding under a 128-character tenant id: the export, then the erasure of its personal data (SPEC §5)', async () => {
    const admin = tokens.globalAdmin();
    const exported = await app.request<string>('GET', `/v1/tenants/${tenantId}/export`, { token: admin });
    expectStatus(exported, 200);
    expect(String(exported.body)).toContain(tenantId);
    const erased = await app.request<{ events: string[] }>(
      'DELETE',
      `/v1/tenants/${tenantId}/personal-data`,
      {
        token: admin,
      },
    );
    expectStatus(erased, 200);
    expect(erased.body.events).toEqual(['PersonalDataErased']);
  });

  it('a path parameter longer than the router takes is a 414 in the SPEC shape, without the path echoed back', async () => {
    const huge = 'h'.repeat(5_000);
    // (A GET that no API route takes falls through to the console's static files: a 404.)
    const answer = await app.request('DELETE', `/v1/tenants/t1/accounts/${huge}`, {
      token: tokens.globalAdmin(),
    });
    expect(answer.status).toBe(414);
    expect(answer.body).toEqual({ statusCode: 414, error: 'URI_TOO_LONG', message: expect.any(String) });
    expect(JSON.stringify(answer.body)).not.toContain(huge.slice(0, 200));
  });

  describe('129 characters → 400 VALIDATION_FAILED (not 404 or 414), and nothing appended', () => {
    const tooLong = idOf('X', 129);
    const cases: ReadonlyArray<[string, string, string, unknown]> = [
      ['a tenant id in a read', 'GET', `/v1/tenants/${tooLong}/quota`, undefined],
      ['a tenant id in a write', 'POST', `/v1/tenants/${tooLong}/purchases`, { sku: 'E5', quantity: 1 }],
      ['a tenant id in an erasure', 'DELETE', `/v1/tenants/${tooLong}/personal-data`, undefined],
      ['an account id in a read', 'GET', `/v1/tenants/${tenantId}/accounts/${tooLong}`, undefined],
      ['an account id in a delete', 'DELETE', `/v1/tenants/${tenantId}/accounts/${tooLong}`, undefined],
      ['both at once', 'DELETE', `/v1/tenants/${tooLong}/accounts/${tooLong}/phone-number`, undefined],
      [
        'an account id in a create',
        'POST',
        `/v1/tenants/${tenantId}/accounts`,
        { accountId: tooLong, displayName: 'x', kind: 'user' },
      ],
      [
        'a replacement id',
        'POST',
        `/v1/tenants/${tenantId}/accounts/${accountId}/replacement`,
        { newAccountId: tooLong },
      ],
      [
        'an account id in a history filter',
        'GET',
        `/v1/tenants/${tenantId}/history?accountId=${tooLong}`,
        undefined,
      ],
    ];

    it.each(cases)('%s', async (_name, method, url, body) => {
      const before = await app.eventCount();
      const answer = await app.request(method, url, { token: tokens.globalAdmin(), body });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ statusCode: 400, error: 'VALIDATION_FAILED' });
      expect(await app.eventCount()).toBe(before);
    });
  });
});
