import type Database from 'better-sqlite3';
import { DICTIONARY_DDL } from './dictionary';

/**
 * Bumped with every change to the DDL below; a file written by a newer build is refused, not guessed
 * at, and a file of an older version is migrated at open (`schema-1-migration.ts`).
 */
export const SCHEMA_VERSION = 2;

/**
 * `position` is the rowid: AUTOINCREMENT so a position is never handed out twice, even if rows were
 * ever removed. SQLite has one writer at a time and the position is taken inside the write
 * transaction, so commit order equals position order and a reader never sees a gap filled later.
 * `recorded_at` is epoch milliseconds: cheaper to write and parse than ISO text.
 *
 * Event ids are unique per stream, as in EventStoreDB: a retry is recognised inside its stream.
 * A global UNIQUE(event_id) would scatter every batch over the whole index (random UUIDs) and
 * cost about 2.5x in append throughput; (stream_id, event_id) keeps a batch's entries together.
 *
 * Schema 2 (issue 18, bytes on disk; bench `storage` has the before and after): a row names its
 * stream by the integer id of its `streams` row and its type by a `dictionary` id, instead of
 * repeating both texts in the row and in both indexes; `event_id` holds a canonical UUID as its 16
 * bytes (`compact-id.ts`); `data` and `metadata` are compact JSON (`compact-json.ts`). The
 * index of schema 1 on (stream, type, revision) is gone: nothing queried it (history is a projection).
 */
const DDL = `${DICTIONARY_DDL}

-- The head of every stream, so an append checks its expectation with one lookup and reports can
-- list streams without scanning the log; its id is what an event row names its stream by.
CREATE TABLE IF NOT EXISTS streams (
  id          INTEGER PRIMARY KEY,
  stream_name TEXT    NOT NULL UNIQUE,
  revision    INTEGER NOT NULL,
  position    INTEGER NOT NULL
);

-- The head of the streams of a prefix (every read-your-writes read asks it) is the first stream
-- from the newest that has the prefix: without this index, a scan of every stream (10,000
-- tenants: 40 % of the API's CPU under the history bench). Added to existing files when opened.
CREATE INDEX IF NOT EXISTS streams_by_position ON streams (position);

CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_id   INTEGER NOT NULL,
  revision    INTEGER NOT NULL,
  event_id    BLOB    NOT NULL,
  type_id     INTEGER NOT NULL,
  data        BLOB    NOT NULL,
  metadata    BLOB    NOT NULL,
  recorded_at INTEGER NOT NULL,
  UNIQUE (stream_id, revision),
  UNIQUE (stream_id, event_id)
);
`;

export interface ConnectionSettings {
  /** How long a writer waits for another process's write lock before giving up (SQLITE_BUSY). */
  readonly busyTimeoutMs: number;
  /** Caps the file at this many pages (SQLite `max_page_count`); a write past it fails with SQLITE_FULL. */
  readonly maxPageCount?: number;
}

/** Durability first: an acknowledged append must survive a crash, so every commit syncs the WAL. */
export function configureConnection(db: Database.Database, settings: ConnectionSettings): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(settings.busyTimeoutMs))}`);
  if (!db.memory) {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (String(mode).toLowerCase() !== 'wal') {
      throw new Error(`SQLite refused WAL mode for ${db.name} (got ${String(mode)})`);
    }
  }
  db.pragma('synchronous = FULL');
  // 64 MiB of page cache keeps the id and stream indexes hot during large replays and imports.
  db.pragma('cache_size = -65536');
  if (settings.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.trunc(settings.maxPageCount)}`);
}

/** The schema version a file was written with: 0 for a new, empty file. */
export function schemaVersionOf(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Creates the tables of a new file; refuses a file of a newer schema. Older files are migrated before this (`schema-1-migration.ts`). */
export function createSchema(db: Database.Database): void {
  const found = schemaVersionOf(db);
  if (found > SCHEMA_VERSION) {
    throw new Error(
      `${db.name} has event store schema ${found}; this build knows up to ${SCHEMA_VERSION}. Upgrade the service.`,
    );
  }
  if (found !== 0 && found !== SCHEMA_VERSION) {
    throw new Error(`${db.name} has event store schema ${found}, which must be migrated before it is opened`);
  }
  db.transaction(() => {
    db.exec(DDL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
