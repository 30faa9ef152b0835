import {
  ExportConflictError,
  importExportedStream,
  parseExportedEvent,
  type ExportedEvent,
} from '@ledger/event-store';
import { schemaVersionOf, type LedgerEventType } from '@ledger/licensing';
import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { tokens } from './support/tokens';

const TENANT = 'leaving';

/** GET …/export with a token, as a client sees it: status, content type and the NDJSON lines. */
async function exportOf(app: LedgerTestApp, tenantId: string, token: string | null) {
  const response = await fetch(`${app.baseUrl}/v1/tenants/${tenantId}/export`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), text };
}

const eventsOf = (text: string): ExportedEvent[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line, index) => parseExportedEvent(line, index + 1));

/** What a tenant's views say, through the API: quota (without the store-specific position), accounts, history. */
async function viewsOf(app: LedgerTestApp) {
  const tenant = new TenantClient(app, TENANT);
  const { position: _position, ...quota } = (await tenant.quota()).body;
  const history = await app.request<{ events: unknown[] }>(
    'GET',
    `/v1/tenants/${TENANT}/history?limit=1000`,
    {
      token: tokens.auditor(TENANT),
    },
  );
  return {
    quota,
    accounts: (await tenant.accounts()).body,
    broken: (await tenant.account('aa-2')).body,
    history: history.body,
  };
}

describe('Offboarding: GET /v1/tenants/{tenantId}/export (SPEC §5)', () => {
  let source: LedgerTestApp;
  let exported: string;

  beforeAll(async () => {
    source = await LedgerTestApp.start();
    const tenant = new TenantClient(source, TENANT);
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 3), 201);
    expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 5), 201);
    await tenant.licensedResourceAccount('aa-1', '+33123456789');
    expectStatus(await tenant.createResourceAccount('aa-2', 'call-queue'), 201);
    expectStatus(await tenant.assign('aa-2', 'PHONE_SYSTEM'), 201);
    // A split swap (R6): the export must carry what broke the account, activity by activity.
    expectStatus(await tenant.unassign('aa-2', 'PHONE_SYSTEM'), 200);
    expectStatus(await tenant.assign('aa-2', 'PHONE_SYSTEM_VIRTUAL_USER'), 201);
    expectStatus(await tenant.createUser('ada'), 201);
    expectStatus(await tenant.deleteAccount('ada'), 200);
    const answer = await exportOf(source, TENANT, tokens.globalAdmin());
    expect(answer.status).toBe(200);
    exported = answer.text;
  });
  afterAll(() => source.close());

  it('answers every event of the tenant, in order, as NDJSON with its metadata', async () => {
    const answer = await exportOf(source, TENANT, tokens.globalAdmin());
    expect(answer.contentType).toContain('application/x-ndjson');
    const events = eventsOf(answer.text);
    const history = await source.request<{ events: { revision: number; type: string }[] }>(
      'GET',
      `/v1/tenants/${TENANT}/history?limit=1000`,
      { token: tokens.globalAdmin() },
    );
    expect(events.map((event) => [Number(event.revision), event.type])).toEqual(
      history.body.events.map((entry) => [entry.revision, entry.type]),
    );
    for (const event of events) {
      expect(event.streamName).toBe(`licensing-tenant-${TENANT}`);
      expect(event.metadata).toMatchObject({
        tenantId: TENANT,
        actor: `admin@${TENANT}`,
        schemaVersion: schemaVersionOf(event.type as LedgerEventType),
      });
      expect(typeof event.metadata.activityId).toBe('string');
    }
  });

  it('is for a global admin only: the tenant’s own admin and auditor are refused, a caller without a token too', async () => {
    expect((await exportOf(source, TENANT, tokens.tenantAdmin(TENANT))).status).toBe(403);
    expect((await exportOf(source, TENANT, tokens.auditor(TENANT))).status).toBe(403);
    expect((await exportOf(source, TENANT, null)).status).toBe(401);
  });

  it('answers 404 NOT_FOUND for a tenant with no events, in the SPEC error shape', async () => {
    const answer = await exportOf(source, 'never-seen', tokens.globalAdmin());
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text)).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
  });

  it('rebuilds the tenant in an empty ledger: the same quota, accounts, broken account and history', async () => {
    const target = await LedgerTestApp.start();
    try {
      const imported = await importExportedStream(target.store, eventsOf(exported));
      expect(imported).toMatchObject({ alreadyHeld: 0, appended: eventsOf(exported).length });
      const views = await viewsOf(target);
      expect(views).toEqual(await viewsOf(source));
      expect(views.broken).toMatchObject({ status: 'broken' });

      // Run again (an import that was interrupted, or repeated): nothing is appended twice.
      const again = await importExportedStream(target.store, eventsOf(exported));
      expect(again).toMatchObject({ alreadyHeld: eventsOf(exported).length, appended: 0 });
      expect(await viewsOf(target)).toEqual(views);
    } finally {
      await target.close();
    }
  });

  it('refuses to import into a ledger whose tenant of that name has another history, appending nothing', async () => {
    const target = await LedgerTestApp.start();
    try {
      expectStatus(await new TenantClient(target, TENANT).purchase('PHONE_SYSTEM', 1), 201);
      await expect(importExportedStream(target.store, eventsOf(exported))).rejects.toBeInstanceOf(
        ExportConflictError,
      );
      expect((await new TenantClient(target, TENANT).quota()).body).toMatchObject({
        phoneSystemSeats: { purchased: 1 },
      });
    } finally {
      await target.close();
    }
  });
});
