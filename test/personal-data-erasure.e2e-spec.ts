import { LedgerProjections } from '@ledger/projections';
import { TenantWriteModelCache } from '@ledger/runtime';
import { LedgerTestApp } from './support/ledger-test-app';
import { stringsReachableFrom } from './support/strings-in-memory';
import { expectStatus, TenantClient } from './support/tenant-client';
import { signToken, tokens } from './support/tokens';

const LEAVING = 'leaving';
const STAYING = 'staying';
const ERASED = '[erased]';

/** The personal data recorded for the tenant that leaves: every one must be gone after the erasure. */
const SECRETS = {
  resourceName: 'Reception Main Line of Leaving',
  userName: 'Ada Leaving-Lovelace',
  number: '+33123456789',
  releasedNumber: '+33198765432',
  actor: 'megan.bowen@leaving.example',
};
const STAYING_NAME = 'Front Desk of Staying';

interface HistoryEntry {
  readonly revision: number;
  readonly type: string;
  readonly actor: string;
  readonly data: Record<string, unknown>;
}

describe('Erasure of a tenant’s personal data: DELETE /v1/tenants/{tenantId}/personal-data (SPEC §5)', () => {
  let app: LedgerTestApp;
  let instantBeforeErasure: string;
  const admin = signToken({ sub: SECRETS.actor, tid: LEAVING, roles: ['tenant-admin'] });
  const leaving = () => new TenantClient(app, LEAVING, admin);
  const erase = (tenantId: string, token: string | null = tokens.globalAdmin()) =>
    app.request<{ events: string[]; revision: number }>(
      'DELETE',
      `/v1/tenants/${tenantId}/personal-data`,
      token === null ? {} : { token },
    );
  const history = async (tenantId: string, query = '') =>
    (
      await app.request<{ events: HistoryEntry[] }>(
        'GET',
        `/v1/tenants/${tenantId}/history?limit=1000${query}`,
        {
          token: tokens.globalAdmin(),
        },
      )
    ).body.events;

  /** What erasure must leave as it was: the quota, every account's licences and status, the history's shape. */
  async function shapeOf(tenantId: string) {
    const tenant = new TenantClient(app, tenantId, tokens.globalAdmin());
    const { position: _position, ...quota } = (await tenant.quota()).body;
    const accounts = ((await tenant.accounts()).body.accounts as Record<string, unknown>[]).map(
      ({ accountId, licenses, status, compliance, kind }) => ({
        accountId,
        licenses,
        status,
        compliance,
        kind,
      }),
    );
    const entries = (await history(tenantId)).map(({ revision, type }) => ({ revision, type }));
    return { quota, accounts, entries };
  }

  function leftovers(text: string | Iterable<string>): string[] {
    const texts = typeof text === 'string' ? [text] : [...text];
    return Object.values(SECRETS).filter((secret) => texts.some((candidate) => candidate.includes(secret)));
  }

  function caches(): Set<string> {
    return stringsReachableFrom(
      app.nest.get(TenantWriteModelCache),
      app.nest.get(LedgerProjections),
      app.store,
    );
  }

  beforeAll(async () => {
    app = await LedgerTestApp.start();
    const tenant = leaving();
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 3), 201);
    expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 5), 201);
    expectStatus(
      await tenant.call('POST', '/accounts', {
        accountId: 'aa-1',
        displayName: SECRETS.resourceName,
        kind: 'resource',
        resourceType: 'auto-attendant',
      }),
      201,
    );
    expectStatus(await tenant.assign('aa-1', 'PHONE_SYSTEM_VIRTUAL_USER'), 201);
    expectStatus(await tenant.assignNumber('aa-1', SECRETS.releasedNumber), 200);
    expectStatus(await tenant.assignNumber('aa-1', SECRETS.number), 200);
    expectStatus(
      await tenant.call('POST', '/accounts', {
        accountId: 'u-1',
        displayName: SECRETS.userName,
        kind: 'user',
      }),
      201,
    );
    // A split swap (R6): statuses must survive the erasure.
    expectStatus(await tenant.createResourceAccount('cq-1', 'call-queue'), 201);
    expectStatus(await tenant.assign('cq-1', 'PHONE_SYSTEM'), 201);
    expectStatus(await tenant.unassign('cq-1', 'PHONE_SYSTEM'), 200);
    expectStatus(
      await tenant.assign('cq-1', 'PHONE_SYSTEM_VIRTUAL_USER', { 'Idempotency-Key': 'broken-1' }),
      201,
    );

    const staying = new TenantClient(app, STAYING);
    expectStatus(await staying.purchase('PHONE_SYSTEM', 1), 201);
    expectStatus(
      await staying.call('POST', '/accounts', { accountId: 'u-1', displayName: STAYING_NAME, kind: 'user' }),
      201,
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is refused to anyone but a global admin, and is a 404 for a tenant with no events (no stream started)', async () => {
    expect((await erase(LEAVING, null)).status).toBe(401);
    expect((await erase(LEAVING, admin)).status).toBe(403);
    expect((await erase(LEAVING, tokens.auditor(LEAVING))).status).toBe(403);
    const events = await app.eventCount();
    const unknown = await erase('never-seen');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'NOT_FOUND' });
    expect(await app.eventCount()).toBe(events);
  });

  it('leaves no erased value in any file, projection or cache; quota, statuses and history shape unchanged', async () => {
    // Reads that fill the caches and the as-of snapshots with the data before it is erased.
    instantBeforeErasure = new Date().toISOString();
    expect((await leaving().quota(`?asOf=${instantBeforeErasure}`)).status).toBe(200);
    expect((await leaving().account('aa-1')).body).toMatchObject({ displayName: SECRETS.resourceName });
    const before = await shapeOf(LEAVING);
    // The scan can find what it looks for: the log seals every name, the views keep them in the clear.
    expect(app.atRest()).toContain(SECRETS.resourceName);
    expect(leftovers(caches())).not.toEqual([]);

    const answer = await erase(LEAVING);
    expect(answer.status).toBe(200);
    expect(answer.body.events).toEqual(['PersonalDataErased']);

    const after = await shapeOf(LEAVING);
    expect(after.quota).toEqual(before.quota);
    expect(after.accounts).toEqual(before.accounts);
    expect(after.entries).toEqual([
      ...before.entries,
      { revision: answer.body.revision, type: 'PersonalDataErased' },
    ]);

    expect(leftovers(app.atRest())).toEqual([]);
    expect(leftovers(caches())).toEqual([]);
    // The other tenant is untouched, and its name is still there to be found.
    expect(app.atRest()).toContain(STAYING_NAME);
    expect((await new TenantClient(app, STAYING).account('u-1')).body).toMatchObject({
      displayName: STAYING_NAME,
    });
  });

  it('reads every erased field as "[erased]": views, history, as-of and export', async () => {
    expect((await leaving().account('aa-1')).body).toMatchObject({
      displayName: ERASED,
      phoneNumber: ERASED,
    });
    expect((await leaving().account('u-1')).body).toMatchObject({ displayName: ERASED });

    const entries = await history(LEAVING);
    const erasure = entries.find((entry) => entry.type === 'PersonalDataErased');
    for (const entry of entries.filter((e) => e.revision < erasure!.revision)) {
      expect(entry.actor).toBe(ERASED);
      for (const field of ['displayName', 'phoneNumber']) {
        if (field in entry.data) expect(entry.data[field]).toBe(ERASED);
      }
    }
    expect(erasure?.actor).toBe('global-1');

    // The tenant as it stood before the erasure: replayed from the log, which reads it erased too.
    const quotaThen = await leaving().quota(
      `?asOf=${entries[0] === undefined ? '' : new Date(Date.now() - 1000).toISOString()}`,
    );
    expect(quotaThen.status).toBe(200);

    const exported = await app.request<string>('GET', `/v1/tenants/${LEAVING}/export`, {
      token: tokens.globalAdmin(),
    });
    expect(exported.status).toBe(200);
    expect(leftovers(String(exported.body))).toEqual([]);
    expect(String(exported.body)).toContain(ERASED);
  });

  it('is idempotent: again with nothing recorded since, 200 and nothing appended', async () => {
    const events = await app.eventCount();
    const again = await erase(LEAVING);
    expect(again.status).toBe(200);
    expect(again.body.events).toEqual([]);
    expect(await app.eventCount()).toBe(events);
  });

  it('seals personal data written afterwards with a new key: readable, and erased by the next erasure', async () => {
    const later = 'Written After The Erasure';
    expectStatus(
      await leaving().call('POST', '/accounts', { accountId: 'u-2', displayName: later, kind: 'user' }),
      201,
    );
    expect((await leaving().account('u-2')).body).toMatchObject({ displayName: later });
    expect((await leaving().account('u-1')).body).toMatchObject({ displayName: ERASED });
    expect(app.atRest()).toContain(later);

    expect((await erase(LEAVING)).body.events).toEqual(['PersonalDataErased']);
    expect((await leaving().account('u-2')).body).toMatchObject({ displayName: ERASED });
    expect(app.atRest()).not.toContain(later);
  });

  it('stays erased across a restart and a rebuild of every projection', async () => {
    const before = await shapeOf(LEAVING);
    app = await app.restart();
    const rebuilt = await app.request('POST', '/v1/admin/projections/rebuild', {
      token: tokens.globalAdmin(),
    });
    expect(rebuilt.status).toBe(200);
    expect(await shapeOf(LEAVING)).toEqual(before);
    expect((await leaving().account('aa-1')).body).toMatchObject({
      displayName: ERASED,
      phoneNumber: ERASED,
    });
    expect(leftovers(app.atRest())).toEqual([]);
    expect(leftovers(caches())).toEqual([]);
    expect((await new TenantClient(app, STAYING).account('u-1')).body).toMatchObject({
      displayName: STAYING_NAME,
    });
  });
});
