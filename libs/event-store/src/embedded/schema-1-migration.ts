import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { JsonObject } from '../events';
import { CompactJson } from './compact-json';
import { Dictionary } from './dictionary';
import { compactIdOf } from './compact-id';
import { createSchema, schemaVersionOf } from './sqlite-schema';

/** The points of a migration a test may stop it at (a crash there must leave a usable file). */
export type MigrationStep = 'copying' | 'copied' | 'renamed';

export interface MigrationHooks {
  /** Called as the migration reaches each step. */
  readonly onStep?: (step: MigrationStep) => void;
  /** Rows copied between two `copying` steps (default 10,000); also bounds the memory of one read. */
  readonly sliceRows?: number;
}

/** The file a migration writes beside the store before it takes the store's place. */
export function migrationFileOf(storeFile: string): string {
  return `${storeFile}.migrating`;
}

const COPY_SLICE = 10_000;

interface Schema1Event {
  readonly position: bigint;
  readonly stream_name: string;
  readonly revision: bigint;
  readonly event_id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly recorded_at: bigint;
}

/**
 * Rewrites a schema-1 store file in schema 2, at open. The events are the same events — same ids,
 * streams, revisions, positions, types, data, metadata and commit times — only their encoding on
 * disk changes (stored events are never rewritten: the migration re-encodes, it decides nothing).
 *
 * Crash-safe by construction: the new file is written beside the old one (`<file>.migrating`),
 * synced, and only then renamed over it (an atomic rename on one volume). Until the rename the old
 * file is untouched apart from folding its WAL into it and leaving WAL mode (it goes back to WAL at
 * its next open); after it, the new file is complete. A
 * leftover `.migrating` file (a crash before the rename) is deleted and the migration starts over.
 *
 * The old file must not be open elsewhere: leaving WAL mode needs the only connection, so a store
 * another process holds open is refused with a clear message rather than pulled from under it;
 * then the old file is locked exclusively until the new one has replaced it.
 */
export function migrateSchema1File(storeFile: string, hooks: MigrationHooks = {}): void {
  const step = hooks.onStep ?? (() => undefined);
  const target = migrationFileOf(storeFile);
  const source = new Database(storeFile, { fileMustExist: true, timeout: 5000 });
  try {
    source.defaultSafeIntegers(true);
    if (schemaVersionOf(source) !== 1) return; // another process migrated it first
    settleSource(source, storeFile);
    // Only the holder of the old file's lock touches the new one: a crash's leftover goes first.
    removeSqliteFile(target);
    copyInto(source, target, step, hooks.sliceRows ?? COPY_SLICE);
    step('copied');
    // Still holding the old file's lock: a process that opened it before the rename waits, then
    // finds it migrated and opens the new file by its name.
    renameSync(target, storeFile);
    step('renamed');
    sync(dirname(storeFile));
  } catch (error) {
    removeSqliteFile(target);
    throw error;
  } finally {
    source.close();
  }
}

/**
 * The old file on its own, with no WAL beside it (a stale WAL next to the renamed file would be
 * replayed into it), locked against every other connection until this one closes.
 */
function settleSource(source: Database.Database, storeFile: string): void {
  let mode = '';
  try {
    source.pragma('wal_checkpoint(TRUNCATE)');
    mode = String(source.pragma('journal_mode = DELETE', { simple: true })).toLowerCase();
  } catch (error) {
    if (!(error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY'))) throw error;
  }
  if (mode !== 'delete') {
    throw new Error(
      `${storeFile} has event store schema 1 and must be migrated, but another process has it open: stop it and start again`,
    );
  }
  source.pragma('locking_mode = EXCLUSIVE');
  // An empty exclusive transaction takes the lock, and locking_mode keeps it after the commit.
  source.exec('BEGIN EXCLUSIVE; COMMIT');
}

function copyInto(
  source: Database.Database,
  target: string,
  step: (step: MigrationStep) => void,
  slice: number,
): void {
  const db = new Database(target);
  try {
    db.defaultSafeIntegers(true);
    // The file is thrown away if anything goes wrong before it is synced below: no journal needed.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    createSchema(db);
    const dictionary = new Dictionary(db);
    const codec = new CompactJson(dictionary);
    const streamIds = new Map<string, bigint>();
    const insertStream = db.prepare<[string, bigint, bigint], unknown>(
      'INSERT INTO streams (stream_name, revision, position) VALUES (?, ?, ?)',
    );
    const insertEvent = db.prepare(
      `INSERT INTO events (position, stream_id, revision, event_id, type_id, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const readStreams = source.prepare<[], { stream_name: string; revision: bigint; position: bigint }>(
      'SELECT stream_name, revision, position FROM streams ORDER BY position',
    );
    const readEvents = source.prepare<[bigint, number], Schema1Event>(
      `SELECT position, stream_name, revision, event_id, type, data, metadata, recorded_at FROM events
       WHERE position > ? ORDER BY position LIMIT ?`,
    );
    // A transaction per slice (the file is thrown away whole if the copy does not finish).
    db.exec('BEGIN');
    for (const stream of readStreams.iterate()) {
      const id = insertStream.run(stream.stream_name, stream.revision, stream.position).lastInsertRowid;
      streamIds.set(stream.stream_name, BigInt(id));
    }
    let after = 0n;
    for (;;) {
      const rows = readEvents.all(after, slice);
      for (const row of rows) {
        const streamId = streamIds.get(row.stream_name);
        if (streamId === undefined)
          throw new Error(`event ${row.position} names a stream without a head row`);
        insertEvent.run(
          row.position,
          streamId,
          row.revision,
          compactIdOf(row.event_id),
          dictionary.idOf(row.type),
          codec.encode(JSON.parse(row.data) as JsonObject),
          codec.encode(JSON.parse(row.metadata) as JsonObject),
          row.recorded_at,
        );
      }
      if (rows.length < slice) break;
      after = rows[rows.length - 1].position;
      db.exec('COMMIT');
      dictionary.committed();
      step('copying');
      db.exec('BEGIN');
    }
    // A position is never handed out twice (AUTOINCREMENT): carry the old file's high-water mark.
    const sequence = source
      .prepare<[], { seq: bigint }>("SELECT seq FROM sqlite_sequence WHERE name = 'events'")
      .get();
    if (sequence !== undefined) {
      db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'events'").run(sequence.seq);
    }
    db.exec('COMMIT');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  sync(target);
}

/** fsync of a file (its bytes) or a folder (a rename in it), so that a crash cannot undo them. */
function sync(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeSqliteFile(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    if (existsSync(file + suffix)) rmSync(file + suffix, { force: true });
  }
}
