import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ProjectionDb } from '../database/projection-db';

/** The worker: its own connection to the same file; one PASSIVE checkpoint per message. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file, { timeout: 60000 });
parentPort.on('message', () => {
  let error = null;
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (caught) { error = String(caught); }
  parentPort.postMessage(error);
});
`;

/** SQLite's own default: a checkpoint once the write-ahead log holds about 1,000 pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * Moves the projection database's WAL checkpoints off the event loop. A checkpoint copies the
 * log's pages into the file and fsyncs it: at SQLite's default, on the connection that commits,
 * 50–70 ms of the main thread every few thousand events of a rebuild (every tenant's requests and
 * /health waiting; bench "event loop"). Here the main connection never checkpoints by itself;
 * after a commit that left the log larger than the default threshold, a worker thread with its
 * own connection checkpoints it (PASSIVE: it never blocks the writer). Durability is unchanged:
 * the same checkpoints with the same fsyncs, on another thread.
 *
 * In memory or in exclusive locking mode (the CLI's `replay`) no other connection can open the
 * file, and when the worker fails the connection checkpoints by itself again, as by default.
 */
export class WalCheckpointer {
  private worker: Worker | null = null;
  private busy = false;
  private pending = false;
  private failed = false;
  private readonly walFile: string;
  private readonly thresholdBytes: number;

  constructor(private readonly db: ProjectionDb) {
    const exclusive = String(db.pragma('locking_mode', { simple: true })).toLowerCase() === 'exclusive';
    this.failed = db.memory || exclusive;
    this.walFile = `${db.name}-wal`;
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    this.thresholdBytes = AUTOCHECKPOINT_PAGES * pageSize;
    if (!this.failed) db.pragma('wal_autocheckpoint = 0');
  }

  /** After a commit: asks the worker for a checkpoint when the log has grown past the threshold. */
  committed(): void {
    if (this.failed || this.walBytes() < this.thresholdBytes) return;
    if (this.busy) {
      this.pending = true;
      return;
    }
    this.start().postMessage('checkpoint');
    this.busy = true;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.db.name } });
    worker.on('message', () => {
      this.busy = false;
      if (!this.pending) return;
      this.pending = false;
      this.committed();
    });
    worker.on('error', () => this.fallBack());
    worker.on('exit', () => {
      if (this.worker === worker) this.fallBack();
    });
    // Last: a 'message' listener refs the worker again. An idle checkpointer (a projection
    // database never closed, in a test) must not keep the process alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** The worker is gone: the connection checkpoints by itself again, as SQLite does by default. */
  private fallBack(): void {
    this.worker = null;
    this.busy = false;
    if (this.failed) return;
    this.failed = true;
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  }

  private walBytes(): number {
    try {
      return statSync(this.walFile).size;
    } catch {
      return 0;
    }
  }
}
