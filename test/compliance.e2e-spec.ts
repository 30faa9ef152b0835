import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { tokens } from './support/tokens';

type Accounts = { accounts: { accountId: string; compliance: string[]; status: string }[] };

const idsOf = (answer: { body: Record<string, unknown> }) =>
  (answer.body as unknown as Accounts).accounts.map((account) => account.accountId);

/**
 * R11/R12 over HTTP: the compliance flags on account views and the `?compliance=` filter, under
 * today's rulebook (the default) and under 2019's.
 */
describe('R11/R12 Compliance flags over HTTP', () => {
  describe('under current (LEDGER_RULEBOOK default)', () => {
    let app: LedgerTestApp;
    let tenant: TenantClient;
    beforeAll(async () => {
      app = await LedgerTestApp.start();
      tenant = new TenantClient(app, 'comp-current');
      expectStatus(await tenant.purchase('PHONE_SYSTEM', 5), 201);
      expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 5), 201);
      await tenant.licensedResourceAccount('aa-licensed', '+4930100001');
      expectStatus(await tenant.createResourceAccount('cq-unlicensed', 'call-queue'), 201);
      expectStatus(await tenant.createResourceAccount('aa-full'), 201);
      expectStatus(await tenant.createUser('user-1'), 201);
    });
    afterAll(() => app.close());

    it('R11: a resource account without a licence is UNLICENSED, number or not', async () => {
      expect((await tenant.account('cq-unlicensed')).body).toMatchObject({
        compliance: ['UNLICENSED'],
        status: 'healthy',
      });
      expect((await tenant.account('aa-licensed')).body).toMatchObject({ compliance: [] });
      expect((await tenant.account('user-1')).body).toMatchObject({ compliance: [] });
    });

    it('R12: a full licence on a resource account warns and flags FULL_LICENCE; the swap in one activity clears it', async () => {
      const assigned = await tenant.assign('aa-full', 'PHONE_SYSTEM');
      expectStatus(assigned, 201);
      expect(assigned.body.warnings).toEqual([
        expect.objectContaining({ code: 'FULL_LICENCE_ON_RESOURCE_ACCOUNT', accountId: 'aa-full' }),
      ]);
      expect((await tenant.account('aa-full')).body).toMatchObject({ compliance: ['FULL_LICENCE'] });
      expect(idsOf(await tenant.accounts('?compliance=FULL_LICENCE'))).toEqual(['aa-full']);
      expect(idsOf(await tenant.accounts('?compliance=UNLICENSED'))).toEqual(['cq-unlicensed']);
      // Combined with status, both apply.
      expect(idsOf(await tenant.accounts('?compliance=UNLICENSED&status=healthy'))).toEqual([
        'cq-unlicensed',
      ]);
      expect(idsOf(await tenant.accounts('?compliance=UNLICENSED&status=broken'))).toEqual([]);

      expectStatus(await tenant.swap('aa-full', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'), 200);
      expect((await tenant.account('aa-full')).body).toMatchObject({ compliance: [], status: 'healthy' });
      expect(idsOf(await tenant.accounts('?compliance=FULL_LICENCE'))).toEqual([]);
      // The same filter on a past instant replays the log: aa-full was flagged before the swap.
      const history = await tenant.call('GET', '/history?accountId=aa-full&type=LicenseSwapped');
      const swappedAt = (history.body.events as { occurredAt: string }[])[0].occurredAt;
      const justBefore = new Date(Date.parse(swappedAt) - 1).toISOString();
      expect(idsOf(await tenant.accounts(`?compliance=FULL_LICENCE&asOf=${justBefore}`))).toEqual([
        'aa-full',
      ]);
    });

    it('the quota report counts the flags per tenant, now and asOf, in JSON and in its last CSV columns', async () => {
      const token = tokens.globalAdmin();
      const rowOf = async (query: string) => {
        const report = await app.request<{ tenants: Record<string, unknown>[] }>(
          'GET',
          `/v1/reports/quota${query}`,
          { token },
        );
        expectStatus(report, 200);
        return report.body.tenants.find((row) => row.tenantId === 'comp-current');
      };
      expect((await rowOf(''))?.compliance).toEqual({ UNLICENSED: 1, FULL_LICENCE: 0 });
      const history = await tenant.call('GET', '/history?accountId=aa-full&type=LicenseSwapped');
      const swappedAt = (history.body.events as { occurredAt: string }[])[0].occurredAt;
      const justBefore = new Date(Date.parse(swappedAt) - 1).toISOString();
      expect((await rowOf(`?asOf=${justBefore}`))?.compliance).toEqual({ UNLICENSED: 1, FULL_LICENCE: 1 });
      const csv = await app.request<string>('GET', '/v1/reports/quota?format=csv', { token });
      const [header, ...rows] = csv.body.trim().split('\n');
      expect(header.split(',').slice(-2)).toEqual(['unlicensedAccounts', 'fullLicenceAccounts']);
      const row = rows.find((line) => line.startsWith('comp-current,'));
      expect(row?.split(',').slice(-2)).toEqual(['1', '0']);
    });

    it.each(['unlicensed', 'BROKEN', 'FULL_LICENSE', ''])(
      'an unknown compliance value (%j) → 400 VALIDATION_FAILED naming compliance',
      async (value) => {
        const answer = await tenant.accounts(`?compliance=${value}`);
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({
          error: 'VALIDATION_FAILED',
          details: [expect.objectContaining({ field: 'compliance' })],
        });
      },
    );
  });

  describe('under 2019 (LEDGER_RULEBOOK=2019)', () => {
    let app: LedgerTestApp;
    let tenant: TenantClient;
    beforeAll(async () => {
      app = await LedgerTestApp.start({ LEDGER_RULEBOOK: '2019' });
      tenant = new TenantClient(app, 'comp-2019');
      expectStatus(await tenant.purchase('PHONE_SYSTEM', 5), 201);
      expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 5), 201);
    });
    afterAll(() => app.close());

    it('R1/R11: only a resource account with a number needs a licence; a full licence is no flag (R12 is today’s)', async () => {
      expectStatus(await tenant.createResourceAccount('cq-nested', 'call-queue'), 201);
      expectStatus(await tenant.createResourceAccount('aa-full'), 201);
      const full = await tenant.assign('aa-full', 'PHONE_SYSTEM');
      expectStatus(full, 201);
      expect(full.body.warnings).toEqual([]);
      await tenant.licensedResourceAccount('aa-numbered', '+4930200001');
      const removed = await tenant.unassign('aa-numbered', 'PHONE_SYSTEM_VIRTUAL_USER');
      expectStatus(removed, 200);
      expect((await tenant.quota()).body).toMatchObject({ rulebook: '2019' });
      expect((await tenant.account('cq-nested')).body).toMatchObject({ compliance: [] });
      expect((await tenant.account('aa-full')).body).toMatchObject({ compliance: [] });
      expect((await tenant.account('aa-numbered')).body).toMatchObject({
        compliance: ['UNLICENSED'],
        status: 'at-risk',
      });
      expect(idsOf(await tenant.accounts('?compliance=UNLICENSED'))).toEqual(['aa-numbered']);
      expect(idsOf(await tenant.accounts('?compliance=FULL_LICENCE'))).toEqual([]);
    });
  });
});
