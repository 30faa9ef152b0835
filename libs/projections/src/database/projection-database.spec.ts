import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EmbeddedEventStore, type EventToAppend } from '@ledger/event-store';
import { EVENT_SCHEMA_VERSION, tenantStreamName } from '@ledger/licensing';
import { LedgerProjections } from '../projection-catalogue';
import { PROJECTION_SCHEMA_VERSION } from '../database/projection-database';

function activity(
  tenantId: string,
  at: number,
  ...events: { type: string; data: Record<string, string | number> }[]
): EventToAppend[] {
  const metadata = {
    tenantId,
    activityId: randomUUID(),
    commandId: randomUUID(),
    actor: `admin@${tenantId}`,
    correlationId: randomUUID(),
    occurredAt: new Date(Date.UTC(2026, 0, 1) + at * 1000).toISOString(),
    schemaVersion: EVENT_SCHEMA_VERSION,
  };
  return events.map((event) => ({ id: randomUUID(), ...event, metadata }));
}

describe('the projection database', () => {
  let dir: string;
  let store: EmbeddedEventStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-projections-'));
    store = EmbeddedEventStore.open(join(dir, 'ledger.sqlite'));
    for (const [i, tenantId] of ['t1', 't2'].entries()) {
      await store.append(
        tenantStreamName(tenantId),
        [
          ...activity(tenantId, i, {
            type: 'LicensePurchased',
            data: {
              purchaseId: 'p1',
              sku: 'PHONE_SYSTEM',
              quantity: 2,
              unitPrice: 8,
              currency: 'USD',
              policy: 'seed',
              allocationAfter: 26,
            },
          }),
          ...activity(tenantId, 10 + i, {
            type: 'AccountCreated',
            data: { accountId: 'a1', displayName: 'A', kind: 'user' },
          }),
          ...activity(tenantId, 20 + i, {
            type: 'LicenseAssigned',
            data: { accountId: 'a1', sku: 'PHONE_SYSTEM' },
          }),
        ],
        'no-stream',
      );
    }
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('drops read models written with another schema, and the runner rebuilds them from the log', async () => {
    const file = join(dir, 'projections.sqlite');
    // A file of the first schema: history keyed by tenant, a checkpoint claiming everything is applied.
    const old = new Database(file);
    old.exec(`CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE history (tenant_id TEXT NOT NULL, revision INTEGER NOT NULL, position TEXT NOT NULL, account_id TEXT,
        type TEXT NOT NULL, occurred_at TEXT NOT NULL, activity_id TEXT NOT NULL, actor TEXT NOT NULL, data_json TEXT NOT NULL,
        PRIMARY KEY (tenant_id, revision)) WITHOUT ROWID;
      INSERT INTO checkpoints VALUES ('history', '6'), ('tenant-views', '6');`);
    old.close();

    const projections = LedgerProjections.open(file, store);
    try {
      expect(projections.runner.position).toBe(0n);
      await projections.runner.catchUp();
      expect(projections.readModels.history('t2', { limit: 10 }).events.map((entry) => entry.type)).toEqual([
        'LicensePurchased',
        'AccountCreated',
        'LicenseAssigned',
      ]);
    } finally {
      await projections.close();
    }
    const reopened = new Database(file, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(PROJECTION_SCHEMA_VERSION);
    reopened.close();
  });

  it('a rebuild builds the history indexes again at the end, and the audit filters use them', async () => {
    const file = join(dir, 'projections.sqlite');
    const projections = LedgerProjections.open(file, store);
    try {
      await projections.runner.catchUp();
      const result = await projections.runner.rebuild();
      expect(result.events).toBe(6);
      expect(
        projections.readModels.history('t1', { type: 'LicenseAssigned', limit: 10 }).events,
      ).toHaveLength(1);
      expect(projections.readModels.history('t1', { accountId: 'a1', limit: 10 }).events).toHaveLength(2);
    } finally {
      await projections.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      const indexes = db
        .prepare<[], { name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'history'",
        )
        .all()
        .map((row) => row.name);
      expect(indexes.sort()).toEqual(['history_by_account', 'history_by_revision', 'history_by_type']);
      const plan = db
        .prepare<[], { detail: string }>(
          "EXPLAIN QUERY PLAN SELECT * FROM history WHERE tenant_id = 't1' AND revision > -1 AND type = 'LicenseAssigned' ORDER BY revision LIMIT 10",
        )
        .all()
        .map((row) => row.detail)
        .join(' ');
      expect(plan).toMatch(/history_by_type/);
    } finally {
      db.close();
    }
  });
});
