import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The read models and their checkpoints, in one SQLite file beside the event store (or beside
 * an EventStoreDB client): derived data, rebuildable from the log at any time. A projection's
 * rows and its checkpoint change in the same transaction, so after a crash a projection
 * resumes exactly where its rows stop — no event applied twice, none skipped.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS checkpoints (
  name     TEXT PRIMARY KEY,
  position TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS tenant_quota (
  tenant_id  TEXT PRIMARY KEY,
  revision   INTEGER NOT NULL,
  position   TEXT NOT NULL,
  quota_json TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS tenant_accounts (
  tenant_id  TEXT NOT NULL,
  account_id TEXT NOT NULL,
  status     TEXT NOT NULL,
  view_json  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, account_id)
) WITHOUT ROWID;
-- The broken-accounts index across tenants (R6).
CREATE INDEX IF NOT EXISTS tenant_accounts_by_status ON tenant_accounts (status, tenant_id, account_id);

CREATE TABLE IF NOT EXISTS history (
  tenant_id   TEXT NOT NULL,
  revision    INTEGER NOT NULL,
  position    TEXT NOT NULL,
  account_id  TEXT,
  type        TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  actor       TEXT NOT NULL,
  data_json   TEXT NOT NULL,
  PRIMARY KEY (tenant_id, revision)
) WITHOUT ROWID;
-- Audit filters: one account's events, one event type, oldest first within a tenant.
CREATE INDEX IF NOT EXISTS history_by_account ON history (tenant_id, account_id, revision);
CREATE INDEX IF NOT EXISTS history_by_type ON history (tenant_id, type, revision);
`;

export type ProjectionDb = Database.Database;

export interface ProjectionDatabaseOptions {
  /**
   * This connection alone uses the file until it is closed: opening fails with SQLITE_BUSY while
   * another connection (e.g. a running API's runner) has it open, and others cannot open it
   * meanwhile. For a rebuild from outside the service (the CLI's `replay`), which must not
   * write under a runner that keeps its checkpoints and tenant states in memory.
   */
  readonly exclusive?: boolean;
}

export function openProjectionDatabase(
  filePath: string,
  options: ProjectionDatabaseOptions = {},
): ProjectionDb {
  if (filePath !== ':memory:') mkdirSync(dirname(filePath), { recursive: true });
  // Exclusive: fail soon rather than wait out a lock that a running service never gives back.
  const db = new Database(filePath, { timeout: options.exclusive === true ? 500 : 5000 });
  try {
    // Before the first access, so the lock is taken at once and WAL runs without shared memory.
    if (options.exclusive === true) db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
  } catch (error) {
    db.close();
    throw error;
  }
  // Derived data: NORMAL keeps every commit consistent (rows and checkpoint together); a crash may
  // lose the newest batch, which the runner then applies again from its checkpoint.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  db.exec(DDL);
  return db;
}
