import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';

describe('Accounts, licences, swaps and split swaps over HTTP (R1, R4–R8)', () => {
  let app: LedgerTestApp;
  let tenant: TenantClient;
  beforeAll(async () => {
    app = await LedgerTestApp.start();
    tenant = new TenantClient(app, 'woodgrove');
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 10), 201);
    expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 30), 201);
  });
  afterAll(() => app.close());

  it('R4: a Virtual User licence cannot go to a user account', async () => {
    expectStatus(await tenant.createUser('bob'), 201);
    const refused = await tenant.assign('bob', 'PHONE_SYSTEM_VIRTUAL_USER');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('NOT_A_RESOURCE_ACCOUNT');
  });

  it('R1: a phone number needs a phone-capable licence', async () => {
    expectStatus(await tenant.createResourceAccount('aa-unlicensed'), 201);
    const refused = await tenant.assignNumber('aa-unlicensed', '+14255550100');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('LICENSE_REQUIRED');
  });

  it('R5: removing Phone System and adding Virtual User in one activity is one LicenseSwapped; the account stays healthy', async () => {
    expectStatus(await tenant.createResourceAccount('cq-sales', 'call-queue'), 201);
    expectStatus(await tenant.assign('cq-sales', 'PHONE_SYSTEM'), 201);
    expectStatus(await tenant.assignNumber('cq-sales', '+14255550101'), 200);

    const swap = await tenant.swap('cq-sales', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER');
    expectStatus(swap, 200);
    expect(swap.body).toMatchObject({ events: ['LicenseSwapped'], warnings: [] });

    const account = await tenant.account('cq-sales');
    expect(account.body).toMatchObject({
      licenses: ['PHONE_SYSTEM_VIRTUAL_USER'],
      phoneNumber: '+14255550101',
      status: 'healthy',
    });
  });

  it('the general license-activities write with remove + add is also one swap', async () => {
    expectStatus(await tenant.createResourceAccount('aa-hr'), 201);
    expectStatus(await tenant.assign('aa-hr', 'PHONE_SYSTEM'), 201);
    const activity = await tenant.activity('aa-hr', ['PHONE_SYSTEM_VIRTUAL_USER'], ['PHONE_SYSTEM']);
    expectStatus(activity, 200);
    expect(activity.body.events).toEqual(['LicenseSwapped']);
  });

  it('R6/R8: a split swap warns, leaves the account at-risk, then broken; a replacement is healthy with the number', async () => {
    await tenant.licensedResourceAccount('aa-main', '+14255550199');

    const removal = await tenant.unassign('aa-main', 'PHONE_SYSTEM_VIRTUAL_USER');
    expectStatus(removal, 200);
    expect(removal.body.warnings).toEqual([
      expect.objectContaining({ code: 'SPLIT_SWAP_RISK', accountId: 'aa-main' }),
    ]);
    expect((await tenant.account('aa-main')).body).toMatchObject({
      status: 'at-risk',
      phoneNumber: '+14255550199',
    });

    const addition = await tenant.assign('aa-main', 'PHONE_SYSTEM_VIRTUAL_USER');
    expectStatus(addition, 201);
    const broken = await tenant.account('aa-main');
    expect(broken.body).toMatchObject({
      status: 'broken',
      brokenBy: { removedInActivity: removal.body.activityId, assignedInActivity: addition.body.activityId },
    });
    expect((await tenant.accounts('?status=broken')).body.accounts).toEqual([
      expect.objectContaining({ accountId: 'aa-main' }),
    ]);

    const replacement = await tenant.replace('aa-main', 'aa-main-2');
    expectStatus(replacement, 201);
    expect(replacement.body.events).toEqual([
      'PhoneNumberReleased',
      'LicenseUnassigned',
      'AccountDeleted',
      'AccountCreated',
      'LicenseAssigned',
      'PhoneNumberAssigned',
    ]);
    expect((await tenant.account('aa-main')).status).toBe(404);
    expect((await tenant.account('aa-main-2')).body).toMatchObject({
      kind: 'resource',
      resourceType: 'auto-attendant',
      licenses: ['PHONE_SYSTEM_VIRTUAL_USER'],
      phoneNumber: '+14255550199',
      status: 'healthy',
    });
  });

  it('R7: deleting an account releases its number and licences first', async () => {
    await tenant.licensedResourceAccount('aa-temp', '+14255550150');
    const before = (await tenant.quota()).body as { virtualUser: { assigned: number } };
    const deletion = await tenant.deleteAccount('aa-temp');
    expectStatus(deletion, 200);
    expect(deletion.body.events).toEqual(['PhoneNumberReleased', 'LicenseUnassigned', 'AccountDeleted']);
    const after = (await tenant.quota()).body as { virtualUser: { assigned: number } };
    expect(after.virtualUser.assigned).toBe(before.virtualUser.assigned - 1);
  });

  it('refuses a second phone-capable licence and a licence not held', async () => {
    await tenant.licensedResourceAccount('aa-double');
    expect((await tenant.assign('aa-double', 'PHONE_SYSTEM')).body.error).toBe('LICENSE_ALREADY_HELD');
    expect((await tenant.unassign('aa-double', 'CALLING_PLAN')).body.error).toBe('LICENSE_NOT_HELD');
    expect((await tenant.createResourceAccount('aa-double')).body.error).toBe('ACCOUNT_EXISTS');
  });
});
