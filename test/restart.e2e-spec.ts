import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';

describe('Restart on the same SQLite file', () => {
  it('keeps every tenant’s state intact', async () => {
    let app = await LedgerTestApp.start();
    try {
      const tenant = new TenantClient(app, 'durable');
      expectStatus(await tenant.purchase('PHONE_SYSTEM', 4), 201);
      expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 10), 201);
      await tenant.licensedResourceAccount('aa-1', '+3312345678');
      expectStatus(await tenant.unassign('aa-1', 'PHONE_SYSTEM_VIRTUAL_USER'), 200);
      const quotaBefore = (await tenant.quota()).body;
      const accountBefore = (await tenant.account('aa-1')).body;

      app = await app.restart();
      const reopened = new TenantClient(app, 'durable');
      expect((await reopened.quota()).body).toEqual(quotaBefore);
      expect((await reopened.account('aa-1')).body).toEqual(accountBefore);
      expect(accountBefore).toMatchObject({ status: 'at-risk' });
    } finally {
      await app.close();
    }
  });
});
