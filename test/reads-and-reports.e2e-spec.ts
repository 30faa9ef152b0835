import { parse } from 'csv-parse/sync';
import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { tokens } from './support/tokens';

interface HistoryAnswer {
  events: {
    revision: number;
    type: string;
    occurredAt: string;
    actor: string;
    activityId: string;
    data: Record<string, unknown>;
  }[];
  next: number | null;
  total: number;
}

describe('Reads from projections, history, as-of and reports (SPEC §3)', () => {
  const { clock } = LedgerTestApp.steppingClock();
  let app: LedgerTestApp;
  let tenant: TenantClient;
  const admin = tokens.globalAdmin();

  beforeAll(async () => {
    // 26 Virtual User seats on 2 Phone System seats: the whole allocation under seed, the old default (R9).
    app = await LedgerTestApp.start({ LEDGER_ALLOCATION_POLICY: 'seed' }, undefined, { clock });
    tenant = new TenantClient(app, 'tailspin');
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 2), 201);
    expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 26), 201);
    await tenant.licensedResourceAccount('aa-front', '+14255550111');
    await tenant.licensedResourceAccount('cq-back', '+14255550112');
    expectStatus(await tenant.unassign('aa-front', 'PHONE_SYSTEM_VIRTUAL_USER'), 200);
    expectStatus(await tenant.assign('aa-front', 'PHONE_SYSTEM_VIRTUAL_USER'), 201);
    const other = new TenantClient(app, 'adatum');
    expectStatus(await other.purchase('E5', 1), 201);
    expectStatus(await other.purchase('PHONE_SYSTEM_VIRTUAL_USER', 1), 201);
    await other.licensedResourceAccount('aa-x');
  });
  afterAll(() => app.close());

  async function history(query = ''): Promise<HistoryAnswer> {
    const answer = await tenant.call('GET', `/history${query}`);
    expectStatus(answer, 200);
    return answer.body as unknown as HistoryAnswer;
  }

  it('history lists every event oldest first with its activity and actor', async () => {
    const { events, next } = await history();
    expect(next).toBeNull();
    expect(events.map((event) => event.revision)).toEqual(events.map((_, index) => index));
    // R9: the first write adopted the service's rulebook, in the same activity.
    expect(events[0]).toMatchObject({ type: 'RulebookAdopted', data: { rulebook: '2019', previous: null } });
    expect(events[1]).toMatchObject({
      type: 'LicensePurchased',
      actor: 'admin@tailspin',
      activityId: events[0]?.activityId,
    });
    expect(events.at(-1)).toMatchObject({
      type: 'LicenseAssigned',
      data: { accountId: 'aa-front', sku: 'PHONE_SYSTEM_VIRTUAL_USER' },
    });
  });

  it('history filters by account and type, and pages with after/limit and a next cursor', async () => {
    const front = await history('?accountId=aa-front');
    expect(front.events.every((event) => event.data.accountId === 'aa-front')).toBe(true);
    expect(front.events.map((event) => event.type)).toEqual([
      'AccountCreated',
      'LicenseAssigned',
      'PhoneNumberAssigned',
      'LicenseUnassigned',
      'LicenseAssigned',
    ]);
    expect((await history('?type=LicensePurchased')).events).toHaveLength(2);

    const pages: number[][] = [];
    let after: number | null = -1;
    while (after !== null) {
      const page: HistoryAnswer = await history(`?limit=3&after=${after}`);
      pages.push(page.events.map((event) => event.revision));
      after = page.next;
    }
    expect(pages.flat()).toEqual((await history()).events.map((event) => event.revision));
    expect(pages[0]).toHaveLength(3);
  });

  it('history filters by time: from is inclusive, to exclusive', async () => {
    const all = (await history()).events;
    const third = all[2].occurredAt;
    const fifth = all[4].occurredAt;
    const window = await history(`?from=${encodeURIComponent(third)}&to=${encodeURIComponent(fifth)}`);
    expect(window.events.map((event) => event.revision)).toEqual([2, 3]);
  });

  /** Every page from the first, following `next` as the cursor the order names (SPEC §6). */
  async function allPages(query: string, cursor: 'after' | 'before'): Promise<HistoryAnswer[]> {
    const pages = [await history(query)];
    for (let next = pages[0].next; next !== null; next = pages[pages.length - 1].next) {
      pages.push(await history(`${query}&${cursor}=${next}`));
    }
    return pages;
  }

  it('history newest first (order=desc) pages back by before, and every page answers total', async () => {
    const oldestFirst = (await history()).events.map((event) => event.revision);
    const pages = await allPages('?order=desc&limit=4', 'before');
    expect(pages.flatMap((page) => page.events.map((event) => event.revision))).toEqual(
      [...oldestFirst].reverse(),
    );
    expect(oldestFirst).toHaveLength(11);
    expect(pages.map((page) => page.events.length)).toEqual([4, 4, 3]);
    expect(pages.map((page) => page.total)).toEqual(pages.map(() => oldestFirst.length));
    // The default is oldest first, and it answers total too.
    expect((await history('?limit=1')).total).toBe(oldestFirst.length);
  });

  it('history newest first keeps the filters, and total counts the entries matching them', async () => {
    const front = await allPages('?order=desc&accountId=aa-front&limit=2', 'before');
    expect(front.flatMap((page) => page.events.map((event) => event.type))).toEqual([
      'LicenseAssigned',
      'LicenseUnassigned',
      'PhoneNumberAssigned',
      'LicenseAssigned',
      'AccountCreated',
    ]);
    expect(front.map((page) => page.total)).toEqual([5, 5, 5]);

    const purchases = await history('?order=desc&type=LicensePurchased&limit=1');
    expect(purchases).toMatchObject({
      total: 2,
      events: [{ type: 'LicensePurchased', data: { quantity: 26 } }],
    });
    const older = await history(`?order=desc&type=LicensePurchased&limit=1&before=${purchases.next}`);
    expect(older).toMatchObject({ total: 2, next: null, events: [{ data: { quantity: 2 } }] });

    const all = (await history()).events;
    const window = await history(
      `?order=desc&from=${encodeURIComponent(all[2].occurredAt)}&to=${encodeURIComponent(all[4].occurredAt)}`,
    );
    expect(window).toMatchObject({ total: 2, next: null });
    expect(window.events.map((event) => event.revision)).toEqual([3, 2]);
    expect(await history('?order=desc&accountId=nobody')).toEqual({ events: [], next: null, total: 0 });
  });

  it.each([
    ['?before=3', 'before'],
    ['?order=asc&before=3', 'before'],
    ['?order=desc&after=3', 'after'],
    ['?order=sideways', 'order'],
    ['?order=desc&before=-1', 'before'],
    ['?order=desc&before=abc', 'before'],
  ])('history refuses %s with 400 naming %s (SPEC §6)', async (query, field) => {
    const answer = await tenant.call('GET', `/history${query}`);
    expectStatus(answer, 400);
    expect(answer.body).toMatchObject({
      error: 'VALIDATION_FAILED',
      details: expect.arrayContaining([expect.objectContaining({ field })]) as unknown,
    });
  });

  it.each([
    ['?limit=0'],
    ['?limit=1001'],
    ['?after=abc'],
    ['?type=Nonsense'],
    ['?from=yesterday'],
    ['?accountId=../etc'],
    ['?unknown=1'],
  ])('history refuses %s with 400', async (query) => {
    expect((await tenant.call('GET', `/history${query}`)).status).toBe(400);
  });

  it('asOf at each event’s instant answers the state right after that event', async () => {
    const events = (await history()).events;
    for (const [index, event] of events.entries()) {
      const quota = await tenant.quota(`?asOf=${encodeURIComponent(event.occurredAt)}`);
      expectStatus(quota, 200);
      const accounts = await tenant.accounts(`?asOf=${encodeURIComponent(event.occurredAt)}`);
      const licensed =
        events.slice(0, index + 1).filter((e) => e.type === 'LicenseAssigned').length -
        events.slice(0, index + 1).filter((e) => e.type === 'LicenseUnassigned').length;
      expect((quota.body.virtualUser as { assigned: number }).assigned).toBe(licensed);
      const created = events.slice(0, index + 1).filter((e) => e.type === 'AccountCreated').length;
      expect((accounts.body.accounts as unknown[]).length).toBe(created);
    }
    const beforeAll = await tenant.quota('?asOf=2000-01-01T00:00:00Z');
    expect(beforeAll.body).toMatchObject({ phoneSystemSeats: { purchased: 0 }, position: null });
    const atRisk = await tenant.accounts(
      `?asOf=${encodeURIComponent(events.at(-2)?.occurredAt ?? '')}&status=at-risk`,
    );
    expect(atRisk.body.accounts).toEqual([
      expect.objectContaining({ accountId: 'aa-front', status: 'at-risk' }),
    ]);
  });

  it('the quota report covers every tenant, and its CSV parses back to the JSON', async () => {
    const json = await app.request<{ tenants: Record<string, unknown>[] }>('GET', '/v1/reports/quota', {
      token: admin,
    });
    expectStatus(json, 200);
    expect(json.body.tenants.map((row) => row.tenantId)).toEqual(['adatum', 'tailspin']);

    const csv = await app.request<string>('GET', '/v1/reports/quota?format=csv', { token: admin });
    expectStatus(csv, 200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual(
      json.body.tenants.map((tenantRow) => {
        const quota = tenantRow as {
          tenantId: string;
          policy: string;
          rulebook: string;
          phoneSystemSeats: { purchased: number; assigned: number };
          virtualUser: Record<string, number> & {
            free: { held: number };
            paid: { held: number; monthlyCost: number };
          };
          overAllocated: boolean;
          overAllocatedBy: number;
          compliance: { UNLICENSED: number; FULL_LICENCE: number };
        };
        return {
          tenantId: quota.tenantId,
          policy: quota.policy,
          phoneSystemPurchased: String(quota.phoneSystemSeats.purchased),
          phoneSystemAssigned: String(quota.phoneSystemSeats.assigned),
          virtualUserAllocation: String(quota.virtualUser.allocation),
          virtualUserPurchased: String(quota.virtualUser.purchased),
          virtualUserAssigned: String(quota.virtualUser.assigned),
          virtualUserAvailable: String(quota.virtualUser.available),
          overAllocated: quota.overAllocated ? '1' : '',
          rulebook: quota.rulebook,
          virtualUserFreeHeld: String(quota.virtualUser.free.held),
          virtualUserPaidHeld: String(quota.virtualUser.paid.held),
          virtualUserPaidMonthlyCostUsd: String(quota.virtualUser.paid.monthlyCost),
          overAllocatedBy: String(quota.overAllocatedBy),
          unlicensedAccounts: String(quota.compliance.UNLICENSED),
          fullLicenceAccounts: String(quota.compliance.FULL_LICENCE),
        };
      }),
    );
  });

  it('the quota report as of an instant replays the log to it', async () => {
    const first = (await history()).events[0].occurredAt;
    const past = await app.request<{ asOf: string; tenants: Record<string, unknown>[] }>(
      'GET',
      `/v1/reports/quota?asOf=${encodeURIComponent(first)}`,
      { token: admin },
    );
    expect(past.body.tenants).toEqual([
      expect.objectContaining({ tenantId: 'tailspin', phoneSystemSeats: { purchased: 2, assigned: 0 } }),
    ]);
  });

  it('the broken-accounts report lists the split-swapped account, in JSON and CSV', async () => {
    const json = await app.request<{ accounts: Record<string, unknown>[] }>(
      'GET',
      '/v1/reports/broken-accounts',
      { token: admin },
    );
    expect(json.body.accounts).toEqual([
      expect.objectContaining({
        tenantId: 'tailspin',
        accountId: 'aa-front',
        status: 'broken',
        phoneNumber: '+14255550111',
      }),
    ]);
    const csv = await app.request<string>('GET', '/v1/reports/broken-accounts?format=csv', { token: admin });
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({
        tenantId: 'tailspin',
        accountId: 'aa-front',
        licenses: 'PHONE_SYSTEM_VIRTUAL_USER',
      }),
    ]);
  });

  it('reports and admin operations are for global admins only', async () => {
    for (const token of [tokens.tenantAdmin('tailspin'), tokens.auditor('tailspin')]) {
      expect((await app.request('GET', '/v1/reports/quota', { token })).status).toBe(403);
      expect((await app.request('GET', '/v1/reports/broken-accounts', { token })).status).toBe(403);
      expect((await app.request('POST', '/v1/admin/projections/rebuild', { token })).status).toBe(403);
    }
    expect((await app.request('GET', '/v1/reports/quota?format=xml', { token: admin })).status).toBe(400);
  });

  it('a rebuild replays every event and ends with the same read models', async () => {
    const quotaBefore = (await tenant.quota()).body;
    const accountsBefore = (await tenant.accounts()).body;
    const historyBefore = await history();
    const rebuild = await app.request<{ events: number; ms: number }>(
      'POST',
      '/v1/admin/projections/rebuild',
      { token: admin },
    );
    expectStatus(rebuild, 200);
    expect(rebuild.body.events).toBe(await app.eventCount());
    expect(rebuild.body.ms).toEqual(expect.any(Number));
    expect((await tenant.quota()).body).toEqual(quotaBefore);
    expect((await tenant.accounts()).body).toEqual(accountsBefore);
    expect(await history()).toEqual(historyBefore);
  });

  it('reads right after a write reflect it (read-your-writes), with no waiting in the test', async () => {
    for (let index = 0; index < 10; index += 1) {
      expectStatus(await tenant.createUser(`user-${index}`), 201);
      expect((await tenant.account(`user-${index}`)).status).toBe(200);
    }
  });
});
