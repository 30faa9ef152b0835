import { LedgerTestApp } from './support/ledger-test-app';
import { tokens } from './support/tokens';

type Catalogue = { skus: Record<string, unknown>[] };

describe('The catalogue over HTTP (SPEC §4, §6 catalogue entry)', () => {
  let app: LedgerTestApp;
  beforeAll(async () => {
    app = await LedgerTestApp.start();
  });
  afterAll(() => app.close());

  it.each([
    ['a tenant admin', tokens.tenantAdmin('cat-tenant')],
    ['an auditor', tokens.auditor('cat-tenant')],
    ['a global admin', tokens.globalAdmin()],
  ])(
    'answers every SKU as {skus: [...]} to %s, today’s names beside the former ones',
    async (_who, token) => {
      const answer = await app.request<Catalogue>('GET', '/v1/catalog', { token });
      expect(answer.status).toBe(200);
      expect(answer.body.skus.map((entry) => entry.sku)).toEqual([
        'PHONE_SYSTEM',
        'E5',
        'PHONE_SYSTEM_VIRTUAL_USER',
        'CALLING_PLAN',
        'TEAMS_PHONE_WITH_CALLING_PLAN',
        'TEAMS_SHARED_DEVICES',
      ]);
      const bySku = new Map(answer.body.skus.map((entry) => [entry.sku, entry]));
      expect(bySku.get('PHONE_SYSTEM_VIRTUAL_USER')).toEqual({
        sku: 'PHONE_SYSTEM_VIRTUAL_USER',
        name: 'Teams Phone Resource Account',
        formerNames: ['Phone System – Virtual User', 'Phone System'],
        listPriceUsd: 2,
        phoneCapable: true,
        countsFor: [],
        holders: ['resource'],
      });
      expect(bySku.get('PHONE_SYSTEM')).toMatchObject({
        name: 'Teams Phone Standard',
        countsFor: ['2019', '2020', 'current'],
      });
      // SPEC §4: the new SKUs count for N under today's rules only; shared devices are held by no account.
      expect(bySku.get('TEAMS_PHONE_WITH_CALLING_PLAN')).toMatchObject({
        phoneCapable: true,
        countsFor: ['current'],
        holders: ['user'],
      });
      expect(bySku.get('TEAMS_SHARED_DEVICES')).toMatchObject({ countsFor: ['current'], holders: [] });
    },
  );

  it('refuses a caller without a token (401) and appends nothing', async () => {
    const before = await app.eventCount();
    const answer = await app.request('GET', '/v1/catalog');
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ statusCode: 401, error: 'UNAUTHENTICATED' });
    expect(await app.eventCount()).toBe(before);
  });
});
