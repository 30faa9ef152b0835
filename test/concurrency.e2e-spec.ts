import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';

describe('Concurrent writes over HTTP', () => {
  let app: LedgerTestApp;
  beforeAll(async () => {
    app = await LedgerTestApp.start();
  });
  afterAll(() => app.close());

  it('20 parallel assignments racing for 5 free seats: exactly 5 succeed, the rest get NO_SEAT_AVAILABLE', async () => {
    const tenant = new TenantClient(app, 'race');
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 5), 201);
    for (let index = 0; index < 20; index += 1) expectStatus(await tenant.createUser(`user-${index}`), 201);

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => tenant.assign(`user-${index}`, 'PHONE_SYSTEM')),
    );

    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(5);
    const refused = answers.filter((answer) => answer.status !== 201);
    expect(refused).toHaveLength(15);
    for (const answer of refused)
      expect(answer.body).toMatchObject({ statusCode: 409, error: 'NO_SEAT_AVAILABLE' });
    expect((await tenant.quota()).body).toMatchObject({ phoneSystemSeats: { purchased: 5, assigned: 5 } });
  });

  it('events another instance appended are folded in before deciding', async () => {
    const tenant = new TenantClient(app, 'raced-by-another-instance');
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 2), 201);
    // Another instance appends behind this one's cache; the next write must count its seats.
    await app.store.append(
      'licensing-tenant-raced-by-another-instance',
      [
        {
          id: '8a0c4a1e-3a52-4b7e-9a3f-2f9b9e0c0001',
          type: 'LicensePurchased',
          data: {
            purchaseId: 'p-other',
            sku: 'PHONE_SYSTEM',
            quantity: 3,
            unitPrice: 8,
            currency: 'USD',
            policy: 'seed',
            allocationAfter: 29,
          },
          metadata: {
            tenantId: 'raced-by-another-instance',
            activityId: 'activity-other',
            commandId: 'command-other',
            actor: 'other-instance',
            correlationId: 'c-other',
            occurredAt: new Date().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      // The first write is revisions 0 and 1: the rulebook adopted with it (R9), then the purchase.
      1n,
    );
    const purchase = await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 29);
    expectStatus(purchase, 201);
    expect(purchase.body.revision).toBe(3);
    expect((await tenant.quota()).body).toMatchObject({
      phoneSystemSeats: { purchased: 5 },
      virtualUser: { purchased: 29 },
    });
  });
});
