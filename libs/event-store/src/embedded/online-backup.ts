import { statSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface BackupProgress {
  /** Bytes copied so far of the file's current size; a restart (see below) starts again from 0. */
  readonly copiedBytes: number;
  readonly totalBytes: number;
}

export interface SqliteFileBackup {
  /** The size of the copy. */
  readonly bytes: number;
  /** How many times a write to the source made SQLite start the copy again. */
  readonly restarts: number;
}

export interface EmbeddedStoreBackup extends SqliteFileBackup {
  /** Events in the copy: the log as it was at the one commit the copy holds. */
  readonly events: number;
}

/** 1 MiB of 4 KiB pages per turn of the event loop: progress shows on a large file. */
const FIRST_STEP_PAGES = 256;
/** The most better-sqlite3 accepts per step. */
const MAX_STEP_PAGES = 0x7fffffff;

/**
 * Copies one SQLite file to `destination` (a new file) with SQLite's online backup API while other
 * connections, in this process or another, go on writing to it. The copy is the file as it was at
 * one commit: SQLite starts the copy again when the source changes between two steps. Each restart
 * doubles the pages copied per step, so a busy source is at last copied in one step — one read
 * transaction, which in WAL mode holds no writer back.
 *
 * The source is opened read-only: a backup never writes the file it copies.
 */
export async function backupSqliteFile(
  source: string,
  destination: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<SqliteFileBackup> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    let pagesPerStep = FIRST_STEP_PAGES;
    let copiedBefore = -1;
    let restarts = 0;
    await db.backup(destination, {
      progress: ({ totalPages, remainingPages }) => {
        const copied = totalPages - remainingPages;
        // A step that copied nothing new is a restart: the source was written since the last step.
        if (copied <= copiedBefore) {
          restarts += 1;
          pagesPerStep = Math.min(pagesPerStep * 2, MAX_STEP_PAGES);
        }
        copiedBefore = copied;
        onProgress?.({ copiedBytes: copied * pageSize, totalBytes: totalPages * pageSize });
        return pagesPerStep;
      },
    });
    return { bytes: statSync(destination).size, restarts };
  } finally {
    db.close();
  }
}

/**
 * The embedded store's file copied online (backupSqliteFile), with the number of events the copy
 * holds. The copy is counted on a connection of its own, closed before this returns, so the copy
 * is one file again (no -wal or -shm left beside it).
 */
export async function backupEmbeddedStore(
  source: string,
  destination: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<EmbeddedStoreBackup> {
  const { restarts } = await backupSqliteFile(source, destination, onProgress);
  const copy = new Database(destination, { fileMustExist: true });
  let events: number;
  try {
    events = Number(
      (copy.prepare('SELECT count(*) AS events FROM events').get() as { events: number }).events,
    );
  } finally {
    copy.close();
  }
  return { bytes: statSync(destination).size, restarts, events };
}
