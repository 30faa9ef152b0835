import { createHash } from 'node:crypto';
import {
  eventsOfExport,
  ExportConflictError,
  importExportedStream,
  StoreUnavailableError,
  verifyExport,
  type EventStore,
  type ExportedEvent,
  type RecordedEvent,
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

/** The events of a whole export, read as the importer reads them (every line and the end line checked). */
async function eventsOf(text: string): Promise<ExportedEvent[]> {
  const events: ExportedEvent[] = [];
  for await (const event of eventsOfExport([Buffer.from(text)])) events.push(event);
  return events;
}

const verified = (text: string) => verifyExport(() => [Buffer.from(text)]);

/**
 * The store's reads of a stream fail with StoreUnavailableError (a transient store error, as a
 * dropped connection to EventStoreDB) after `events` events; everything else is the real store.
 */
function failStreamReadsAfter(store: EventStore, events: number): jest.SpyInstance {
  const readStream = store.readStream.bind(store);
  return jest.spyOn(store, 'readStream').mockImplementation((...args) => ({
    async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
      let read = 0;
      for await (const recorded of readStream(...args)) {
        if (read === events) throw new StoreUnavailableError('connection reset (injected)');
        read += 1;
        yield recorded;
      }
    },
  }));
}

/** GET …/export read chunk by chunk, as far as the server sends it: whether the body ended cleanly. */
async function exportReadToTheCut(app: LedgerTestApp, tenantId: string) {
  const response = await fetch(`${app.baseUrl}/v1/tenants/${tenantId}/export`, {
    headers: { authorization: `Bearer ${tokens.globalAdmin()}` },
  });
  const chunks: Uint8Array[] = [];
  let cut = false;
  try {
    for await (const chunk of response.body ?? []) chunks.push(chunk);
  } catch {
    cut = true;
  }
  return { status: response.status, cut, text: Buffer.concat(chunks).toString('utf8') };
}

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
    const events = await eventsOf(answer.text);
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

  it('ends with one end line that says it is whole: its stream, how many events, the last revision, the SHA-256 of every byte before it', () => {
    const lines = exported.split('\n');
    expect(lines.pop()).toBe(''); // the end line ends with a newline, like every line
    const end = JSON.parse(lines.pop() ?? '') as unknown;
    const eventBytes = lines.map((line) => `${line}\n`).join('');
    expect(end).toEqual({
      exportEnd: {
        streamName: `licensing-tenant-${TENANT}`,
        events: lines.length,
        lastRevision: String(lines.length - 1),
        sha256: createHash('sha256').update(eventBytes, 'utf8').digest('hex'),
      },
    });
  });

  it('a read of the log that fails part-way cuts the answer off without its end line: the client cannot take it for a whole export', async () => {
    const failing = failStreamReadsAfter(source.store, 4);
    try {
      const answer = await exportReadToTheCut(source, TENANT);
      // The failure comes after the answer started: its status is sent, its body is cut, not ended.
      expect(answer).toMatchObject({ status: 200, cut: true });
      expect(answer.text).not.toContain('exportEnd');
      expect(answer.text.split('\n').filter((line) => line !== '')).toEqual(
        exported.split('\n').slice(0, 4),
      );
      await expect(verified(answer.text)).rejects.toThrow(
        'the export is incomplete: no end line after 4 events — download it again',
      );
    } finally {
      failing.mockRestore();
    }
    expect(await eventsOf((await exportOf(source, TENANT, tokens.globalAdmin())).text)).toHaveLength(
      (await eventsOf(exported)).length,
    );
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
      const total = (await eventsOf(exported)).length;
      const imported = await importExportedStream(target.store, await verified(exported));
      expect(imported).toMatchObject({ alreadyHeld: 0, appended: total, total });
      const views = await viewsOf(target);
      expect(views).toEqual(await viewsOf(source));
      expect(views.broken).toMatchObject({ status: 'broken' });

      // Run again (an import that was interrupted, or repeated): nothing is appended twice.
      const again = await importExportedStream(target.store, await verified(exported));
      expect(again).toMatchObject({ alreadyHeld: total, appended: 0 });
      expect(await viewsOf(target)).toEqual(views);
    } finally {
      await target.close();
    }
  });

  it('refuses to import into a ledger whose tenant of that name has another history, appending nothing', async () => {
    const target = await LedgerTestApp.start();
    try {
      expectStatus(await new TenantClient(target, TENANT).purchase('PHONE_SYSTEM', 1), 201);
      await expect(importExportedStream(target.store, await verified(exported))).rejects.toBeInstanceOf(
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
