import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';

describe('Free Virtual User allocation over HTTP (R2, R3)', () => {
  describe('under the per-ten policy', () => {
    let app: LedgerTestApp;
    beforeAll(async () => {
      app = await LedgerTestApp.start({ LEDGER_ALLOCATION_POLICY: 'per-ten' });
    });
    afterAll(() => app.close());

    it('the vendor example: 600 Phone System seats allot 85 Virtual User licences, the 86th is refused', async () => {
      const tenant = new TenantClient(app, 'contoso');
      const seats = await tenant.purchase('PHONE_SYSTEM', 600);
      expectStatus(seats, 201);
      // R9: the tenant's first write adopts the service's rulebook (2020 here) in the same activity.
      expect(seats.body).toMatchObject({ events: ['RulebookAdopted', 'LicensePurchased'], warnings: [] });

      expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 85), 201);
      const over = await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 1);
      expect(over.status).toBe(409);
      expect(over.body).toMatchObject({ statusCode: 409, error: 'ALLOCATION_EXCEEDED' });

      const quota = await tenant.quota();
      expect(quota.body).toMatchObject({
        tenantId: 'contoso',
        policy: 'per-ten',
        phoneSystemSeats: { purchased: 600, assigned: 0 },
        virtualUser: { allocation: 85, purchased: 85, assigned: 0, available: 85 },
        overAllocated: false,
      });
    });
  });

  describe('under the seed policy (default)', () => {
    let app: LedgerTestApp;
    beforeAll(async () => {
      // Seed was the default before rulebooks (R9); today's default is the current rulebook.
      app = await LedgerTestApp.start({ LEDGER_ALLOCATION_POLICY: 'seed' });
    });
    afterAll(() => app.close());

    it('3 Phone System seats allot 27: 27 can be bought, the 28th is refused', async () => {
      const tenant = new TenantClient(app, 'fabrikam');
      expectStatus(await tenant.purchase('PHONE_SYSTEM', 3), 201);
      expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 20), 201);
      expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 7), 201);
      const over = await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 1);
      expect(over.status).toBe(409);
      expect(over.body.error).toBe('ALLOCATION_EXCEEDED');
      expect((await tenant.quota()).body).toMatchObject({
        policy: 'seed',
        virtualUser: { allocation: 27, purchased: 27 },
      });
    });

    it('records the unit price 0 and the policy on a Virtual User purchase', async () => {
      const tenant = new TenantClient(app, 'northwind');
      expectStatus(await tenant.purchase('E5', 1), 201);
      const purchase = await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 25);
      expectStatus(purchase, 201);
      expect(typeof purchase.body.purchaseId).toBe('string');
      const stored = [];
      for await (const event of app.store.readStream('licensing-tenant-northwind')) stored.push(event);
      // stored[0] is the rulebook adopted with the first write (R9), stored[1] the E5 purchase.
      expect(stored[2].data).toMatchObject({
        sku: 'PHONE_SYSTEM_VIRTUAL_USER',
        quantity: 25,
        unitPrice: 0,
        policy: 'seed',
        allocationAfter: 25,
      });
      expect(stored[2].metadata).toMatchObject({
        tenantId: 'northwind',
        actor: 'admin@northwind',
        // LicensePurchased is written at version 2 since rulebooks (R9, R10, R13).
        schemaVersion: 2,
      });
    });

    it('a tenant without a Phone System seat is NOT_QUALIFIED for Virtual User licences', async () => {
      const tenant = new TenantClient(app, 'no-seats');
      const refused = await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 1);
      expect(refused.status).toBe(409);
      expect(refused.body.error).toBe('NOT_QUALIFIED');
      expect((await tenant.quota()).headers.get('etag')).toBe('"-1"');
    });

    it('cancelling Phone System seats below the Virtual User seats bought flags the tenant over-allocated', async () => {
      const tenant = new TenantClient(app, 'shrinking');
      const seats = await tenant.purchase('PHONE_SYSTEM', 5);
      expectStatus(await tenant.purchase('PHONE_SYSTEM', 1), 201);
      expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 30), 201);
      expectStatus(await tenant.cancelPurchase(String(seats.body.purchaseId)), 200);
      expect((await tenant.quota()).body).toMatchObject({
        phoneSystemSeats: { purchased: 1 },
        virtualUser: { allocation: 25, purchased: 30 },
        overAllocated: true,
      });
    });

    it('seats in use cannot be cancelled (R4)', async () => {
      const tenant = new TenantClient(app, 'busy');
      const seats = await tenant.purchase('PHONE_SYSTEM', 1);
      expectStatus(await tenant.createUser('alice'), 201);
      expectStatus(await tenant.assign('alice', 'PHONE_SYSTEM'), 201);
      const refused = await tenant.cancelPurchase(String(seats.body.purchaseId));
      expect(refused.status).toBe(409);
      expect(refused.body.error).toBe('SEATS_IN_USE');
    });
  });
});
