import type Database from 'better-sqlite3';

/** Bumped with every change to the DDL below; a file written by a newer build is refused, not guessed at. */
export const SCHEMA_VERSION = 1;

/**
 * `position` is the rowid: AUTOINCREMENT so a position is never handed out twice, even if rows were
 * ever removed. SQLite has one writer at a time and the position is taken inside the write
 * transaction, so commit order equals position order and a reader never sees a gap filled later.
 * `recorded_at` is epoch milliseconds: cheaper to write and parse than ISO text.
 *
 * Event ids are unique per stream, as in EventStoreDB: a retry is recognised inside its stream.
 * A global UNIQUE(event_id) would scatter every batch over the whole index (random UUIDs) and
 * cost about 2.5x in append throughput; (stream_name, event_id) keeps a batch's entries together.
 *
 * Files written before this build also hold a `checkpoints` table (the store once kept projection
 * checkpoints; the runner keeps them in projections.sqlite). Nothing reads it any more and it is
 * left where it is: dropping it would rewrite files of users for no gain, and the schema version
 * stays 1 so that an older build can still open a file this one wrote.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_name TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  event_id    TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  recorded_at INTEGER NOT NULL,
  UNIQUE (stream_name, revision),
  UNIQUE (stream_name, event_id)
);
-- History queries filter one stream by event type, oldest first.
CREATE INDEX IF NOT EXISTS events_by_stream_type ON events (stream_name, type, revision);

-- The head of every stream, so an append checks its expectation with one primary-key lookup
-- and reports can list streams without scanning the log.
CREATE TABLE IF NOT EXISTS streams (
  stream_name TEXT    PRIMARY KEY,
  revision    INTEGER NOT NULL,
  position    INTEGER NOT NULL
) WITHOUT ROWID;
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

export function migrate(db: Database.Database): void {
  const found = Number(db.pragma('user_version', { simple: true }));
  if (found > SCHEMA_VERSION) {
    throw new Error(
      `${db.name} has event store schema ${found}; this build knows up to ${SCHEMA_VERSION}. Upgrade the service.`,
    );
  }
  db.transaction(() => {
    db.exec(DDL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
