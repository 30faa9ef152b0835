import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The read models and their checkpoints, in one SQLite file beside the event store (or beside
 * an EventStoreDB client): derived data, rebuildable from the log at any time. A projection's
 * rows and its checkpoint change in the same transaction, so after a crash a projection
 * resumes exactly where its rows stop — no event applied twice, none skipped.
 */
/**
 * The history's indexes: a tenant's events oldest first, and the audit filters (one account's
 * events, one event type). Separate, because a rebuild drops them and builds them once at the end.
 */
export const HISTORY_INDEXES = `
CREATE INDEX IF NOT EXISTS history_by_revision ON history (tenant_id, revision);
CREATE INDEX IF NOT EXISTS history_by_account ON history (tenant_id, account_id, revision);
CREATE INDEX IF NOT EXISTS history_by_type ON history (tenant_id, type, revision);
`;

/**
 * Snapshots of tenant states for as-of replays (tenant-snapshots.ts), written by the tenant views
 * in the batch's transaction. `reached_at` is the latest `occurredAt` of events 0..revision: an
 * as-of replay up to t reaches this revision exactly when reached_at <= t (the replay stops at the
 * first later event, and clocks of several instances need not agree), so it is what is searched.
 */
const SNAPSHOT_DDL = `
CREATE TABLE IF NOT EXISTS tenant_snapshots (
  tenant_id   TEXT NOT NULL,
  revision    INTEGER NOT NULL,
  position    TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  reached_at  TEXT NOT NULL,
  format      INTEGER NOT NULL,
  state_json  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, revision)
);
CREATE INDEX IF NOT EXISTS tenant_snapshots_by_instant ON tenant_snapshots (tenant_id, reached_at, revision);
`;
const SNAPSHOT_TABLES = ['tenant_snapshots'];

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

-- Keyed by the event's global position: events arrive in position order, so every insert appends
-- at the end of the table instead of landing on a random page of a tenant-ordered table (which
-- made each catch-up batch rewrite most of the table's pages: bench/RESULTS.md, "History rows
-- in log order").
CREATE TABLE IF NOT EXISTS history (
  position    INTEGER PRIMARY KEY,
  tenant_id   TEXT NOT NULL,
  revision    INTEGER NOT NULL,
  account_id  TEXT,
  type        TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  actor       TEXT NOT NULL,
  data_json   TEXT NOT NULL
);
${HISTORY_INDEXES}
-- Idempotency-Keys recorded in the log (KeyedActivitiesProjection).
CREATE TABLE IF NOT EXISTS keyed_activities (
  tenant_id       TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  activity_id     TEXT NOT NULL,
  last_revision   INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, idempotency_key)
) WITHOUT ROWID;
${SNAPSHOT_DDL}`;

/**
 * Events a projection could not apply (SPEC §5), and the ones an operator skipped. Not a read
 * model: a skip is a decision, kept when the read models are dropped (a migration, a rebuild).
 * Created apart from the DDL above, IF NOT EXISTS, so adding it changed no read model and needed
 * no new schema version.
 */
const PARKED_EVENTS_DDL = `
CREATE TABLE IF NOT EXISTS parked_events (
  position   INTEGER NOT NULL,
  projection TEXT NOT NULL,
  stream     TEXT NOT NULL,
  revision   INTEGER NOT NULL,
  type       TEXT NOT NULL,
  error      TEXT NOT NULL,
  parked_at  TEXT NOT NULL,
  skipped    INTEGER NOT NULL,
  PRIMARY KEY (position, projection)
) WITHOUT ROWID;`;

/** Bumped with every change to the DDL above. */
export const PROJECTION_SCHEMA_VERSION = 4;

/** Every table of the read side: all derived from the log, so all may be dropped and rebuilt. */
const READ_MODEL_TABLES = [
  'history',
  'tenant_accounts',
  'tenant_quota',
  'keyed_activities',
  'checkpoints',
  ...SNAPSHOT_TABLES,
];

export type ProjectionDb = Database.Database;

/**
 * Creates the tables, or, when the file was written with another schema, drops every read model
 * and checkpoint first: the runner then rebuilds them from the log on start, which is always
 * right for derived data, and simpler than converting rows.
 */
function migrate(db: ProjectionDb): void {
  db.transaction(() => {
    const found = Number(db.pragma('user_version', { simple: true }));
    if (found !== PROJECTION_SCHEMA_VERSION) {
      for (const table of READ_MODEL_TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
    }
    db.exec(DDL);
    db.exec(PARKED_EVENTS_DDL);
    db.pragma(`user_version = ${PROJECTION_SCHEMA_VERSION}`);
  }).immediate();
}

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
  migrate(db);
  return db;
}
