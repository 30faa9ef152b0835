import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { TENANT_CHECKPOINTS_TABLES } from '../as-of/tenant-checkpoints';
import { TENANT_SNAPSHOTS_TABLES } from '../as-of/tenant-snapshots';
import { HISTORY_TABLES } from '../history/history-tables';
import { KEYED_ACTIVITIES_TABLES } from '../keyed-activities/keyed-activities-tables';
import { PARKED_EVENTS_DDL } from '../runner/parked-events';
import { TENANT_VIEWS_TABLES } from '../tenant-views/tenant-views-tables';
import type { ProjectionDb, ProjectionTables } from './projection-db';

/**
 * The read models and their checkpoints, in one SQLite file beside the event store (or beside
 * an EventStoreDB client): derived data, rebuildable from the log at any time. A projection's
 * rows and its checkpoint change in the same transaction, so after a crash a projection
 * resumes exactly where its rows stop — no event applied twice, none skipped.
 * Each projection's tables are declared beside it; this file opens the file and migrates it.
 */
const CHECKPOINTS_DDL = `
CREATE TABLE IF NOT EXISTS checkpoints (
  name     TEXT PRIMARY KEY,
  position TEXT NOT NULL
) WITHOUT ROWID;
`;

/** Every table of the read side: all derived from the log, so all may be dropped and rebuilt. */
const READ_MODELS: readonly ProjectionTables[] = [
  { names: ['checkpoints'], ddl: CHECKPOINTS_DDL },
  TENANT_VIEWS_TABLES,
  HISTORY_TABLES,
  KEYED_ACTIVITIES_TABLES,
  TENANT_SNAPSHOTS_TABLES,
  TENANT_CHECKPOINTS_TABLES,
];

/** Bumped with every change to the DDL of the read models. */
export const PROJECTION_SCHEMA_VERSION = 15;

/**
 * Creates the tables, or, when the file was written with another schema, drops every read model
 * and checkpoint first: the runner then rebuilds them from the log on start, which is always
 * right for derived data, and simpler than converting rows.
 */
function migrate(db: ProjectionDb): void {
  db.transaction(() => {
    const found = Number(db.pragma('user_version', { simple: true }));
    if (found !== PROJECTION_SCHEMA_VERSION) {
      for (const { names } of READ_MODELS) {
        for (const table of names) db.exec(`DROP TABLE IF EXISTS ${table}`);
      }
    }
    for (const { ddl } of READ_MODELS) db.exec(ddl);
    // Not a read model: kept when they are dropped (parked-events.ts).
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
  // SPEC §5: a row rewritten or deleted after an erasure (a display name, a number, an actor) is
  // overwritten in the file, not left behind as free space in a page where a scan of the file
  // would still find it.
  db.pragma('secure_delete = ON');
  db.pragma('cache_size = -65536');
  migrate(db);
  return db;
}
