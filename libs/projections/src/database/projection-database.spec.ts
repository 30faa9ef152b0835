import Database from 'better-sqlite3';
import type { LedgerCommand } from '@ledger/licensing';
import { LedgerProjections } from '../projection-catalogue';
import { writeLedger } from '../testing/ledger-writer';
import { givenATemporaryStore } from '../testing/temporary-store';
import { PROJECTION_SCHEMA_VERSION } from './projection-database';

describe('the projection database', () => {
  const temporary = givenATemporaryStore('ledger-projections-');

  /** Two tenants, three activities each: a purchase, an account, a licence assigned to it. */
  let tenantIds: string[];
  beforeEach(async () => {
    const activities: LedgerCommand[] = [
      {
        type: 'PurchaseLicenses',
        purchaseId: 'p1',
        sku: 'PHONE_SYSTEM',
        quantity: 2,
      },
      { type: 'CreateAccount', accountId: 'a1', displayName: 'A', kind: 'user' },
      { type: 'ChangeLicenses', accountId: 'a1', add: ['PHONE_SYSTEM'], remove: [] },
    ];
    ({ tenantIds } = await writeLedger(temporary.store, [activities, activities]));
  });

  it('drops read models written with another schema, and the runner rebuilds them from the log', async () => {
    const file = temporary.file('projections.sqlite');
    // A file of the first schema: history keyed by tenant, a checkpoint claiming everything is applied.
    const old = new Database(file);
    old.exec(`CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE history (tenant_id TEXT NOT NULL, revision INTEGER NOT NULL, position TEXT NOT NULL, account_id TEXT,
        type TEXT NOT NULL, occurred_at TEXT NOT NULL, activity_id TEXT NOT NULL, actor TEXT NOT NULL, data_json TEXT NOT NULL,
        PRIMARY KEY (tenant_id, revision)) WITHOUT ROWID;
      INSERT INTO checkpoints VALUES ('history', '6'), ('tenant-views', '6');`);
    old.close();

    const projections = LedgerProjections.open(file, temporary.store);
    try {
      expect(projections.runner.position).toBe(0n);
      await projections.runner.catchUp();
      expect(
        projections.readModels.history(tenantIds[1], { limit: 10 }).events.map((entry) => entry.type),
      ).toEqual(['LicensePurchased', 'AccountCreated', 'LicenseAssigned']);
    } finally {
      await projections.close();
    }
    const reopened = new Database(file, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(PROJECTION_SCHEMA_VERSION);
    reopened.close();
  });

  it('a rebuild builds the history indexes again at the end, and the audit filters use them', async () => {
    const file = temporary.file('projections.sqlite');
    const projections = LedgerProjections.open(file, temporary.store);
    try {
      await projections.runner.catchUp();
      const result = await projections.runner.rebuild();
      expect(result.events).toBe(6);
      expect(
        projections.readModels.history(tenantIds[0], { type: 'LicenseAssigned', limit: 10 }).events,
      ).toHaveLength(1);
      expect(
        projections.readModels.history(tenantIds[0], { accountId: 'a1', limit: 10 }).events,
      ).toHaveLength(2);
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
      const planOf = (query: string): string =>
        db
          .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${query}`)
          .all()
          .map((row) => row.detail)
          .join(' ');
      expect(
        planOf(
          'SELECT * FROM history WHERE tenant = 1 AND revision > -1 AND type = 2 ORDER BY revision LIMIT 10',
        ),
      ).toMatch(/history_by_type/);
      // The account index holds only rows that name an account: a filter by account still finds it.
      expect(
        planOf(
          "SELECT * FROM history WHERE tenant = 1 AND account_id = 'a1' AND revision > -1 ORDER BY revision LIMIT 10",
        ),
      ).toMatch(/history_by_account/);
    } finally {
      db.close();
    }
  });
});
