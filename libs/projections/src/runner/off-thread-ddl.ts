import { Worker } from 'node:worker_threads';
import type { ProjectionDb } from '../database/projection-db';

/** The worker: its own connection to the same file, the statements, closed. */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file, { timeout: 60000 });
try { db.exec(workerData.sql); } finally { db.close(); }
`;

/**
 * Runs long DDL (building an index over every history row: seconds for a million events) on a
 * worker thread with its own connection, so the event loop stays free for every tenant's requests
 * and /health. The caller must not write through `db` until it resolves (WAL: reads go on).
 * In memory or in exclusive locking mode no other connection can open the file: run it here.
 * Idempotent statements only (IF NOT EXISTS, DELETE): if the worker cannot run, they are run here
 * instead. Several in one transaction: BEGIN IMMEDIATE … COMMIT (a worker that dies rolls back).
 */
export async function execOffThread(db: ProjectionDb, sql: string): Promise<void> {
  const exclusive = String(db.pragma('locking_mode', { simple: true })).toLowerCase() === 'exclusive';
  if (db.memory || exclusive) {
    execHere(db, sql);
    return;
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: db.name, sql } });
      worker.once('error', reject);
      worker.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`DDL worker exited with ${code}`)),
      );
    });
  } catch {
    execHere(db, sql);
  }
}

/** On `db` itself; a statement that fails inside BEGIN … COMMIT must not leave the connection in its transaction. */
function execHere(db: ProjectionDb, sql: string): void {
  try {
    db.exec(sql);
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
