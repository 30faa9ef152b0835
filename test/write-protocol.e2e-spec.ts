import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';

describe('Write protocol: Idempotency-Key, If-Match and ETag (SPEC §3)', () => {
  let app: LedgerTestApp;
  let tenant: TenantClient;
  beforeAll(async () => {
    app = await LedgerTestApp.start();
    tenant = new TenantClient(app, 'protocol');
  });
  afterAll(() => app.close());

  it('every write answers with the ETag of the tenant stream and its activity', async () => {
    const first = await tenant.purchase('PHONE_SYSTEM', 1);
    expectStatus(first, 201);
    expect(first.headers.get('etag')).toBe(`"${String(first.body.revision)}"`);
    expect(first.body).toMatchObject({
      activityId: expect.any(String),
      // R9: the tenant's first write adopts the service's rulebook in the same activity.
      events: ['RulebookAdopted', 'LicensePurchased'],
      warnings: [],
    });
  });

  it('the same Idempotency-Key and body give the same answer and append nothing', async () => {
    const headers = { 'Idempotency-Key': 'buy-10-seats' };
    const first = await tenant.purchase('PHONE_SYSTEM', 10, headers);
    expectStatus(first, 201);
    const eventsAfterFirst = await app.eventCount();

    const again = await tenant.purchase('PHONE_SYSTEM', 10, headers);
    expectStatus(again, 201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await app.eventCount()).toBe(eventsAfterFirst);
  });

  it('the same key survives a restart, because it is kept in the events', async () => {
    const headers = { 'Idempotency-Key': 'durable-key' };
    const first = await tenant.purchase('CALLING_PLAN', 2, headers);
    expectStatus(first, 201);
    app = await app.restart();
    tenant = new TenantClient(app, 'protocol');
    const again = await tenant.purchase('CALLING_PLAN', 2, headers);
    expect(again.body).toEqual(first.body);
  });

  it('an old key is still recognised after many newer keyed writes, through a restart (bounded memory, issue 10 finding 6)', async () => {
    const old = { 'Idempotency-Key': 'old-key' };
    const first = await tenant.purchase('CALLING_PLAN', 3, old);
    expectStatus(first, 201);
    // More keyed writes than a write model remembers: the old key is then found through the log's index.
    for (let index = 0; index < 120; index += 1) {
      expectStatus(await tenant.purchase('CALLING_PLAN', 1, { 'Idempotency-Key': `newer-${index}` }), 201);
    }
    const eventsBefore = await app.eventCount();
    for (const restart of [false, true]) {
      if (restart) {
        app = await app.restart();
        tenant = new TenantClient(app, 'protocol');
      }
      const again = await tenant.purchase('CALLING_PLAN', 3, old);
      expectStatus(again, 201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      const reused = await tenant.purchase('CALLING_PLAN', 4, old);
      expect(reused.status).toBe(422);
      // And a new key is decided, not mistaken for a forgotten one.
      expectStatus(
        await tenant.purchase('CALLING_PLAN', 1, { 'Idempotency-Key': `new-${String(restart)}` }),
        201,
      );
    }
    expect(await app.eventCount()).toBe(eventsBefore + 2);
  }, 60_000);

  it('the same key with another body is 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const headers = { 'Idempotency-Key': 'reused-key' };
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 1, headers), 201);
    const reused = await tenant.purchase('PHONE_SYSTEM', 2, headers);
    expect(reused.status).toBe(422);
    expect(reused.body.error).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('a stale If-Match is 412 CONCURRENCY_CONFLICT and appends nothing; a current one succeeds', async () => {
    const quota = await tenant.quota();
    const etag = quota.headers.get('etag') ?? '';
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 1, { 'If-Match': etag }), 201);
    const before = await app.eventCount();

    const stale = await tenant.purchase('PHONE_SYSTEM', 1, { 'If-Match': etag });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toBe('CONCURRENCY_CONFLICT');
    expect(await app.eventCount()).toBe(before);
  });

  it('a malformed If-Match or Idempotency-Key is a 400 with a reason', async () => {
    expect((await tenant.purchase('PHONE_SYSTEM', 1, { 'If-Match': 'yesterday' })).status).toBe(400);
    expect((await tenant.purchase('PHONE_SYSTEM', 1, { 'Idempotency-Key': 'has spaces in it' })).status).toBe(
      400,
    );
  });
});
