import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ProjectionDb } from '../database/projection-db';

/** What the worker is asked for: a PASSIVE checkpoint, or a whole one that truncates the log. */
type CheckpointMode = 'PASSIVE' | 'TRUNCATE';

/** The worker: its own connection to the same file; one checkpoint of the mode asked per message. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
// A truncation waits at most this long for a reader on an older snapshot; then it is tried again later.
const db = new Database(workerData.file, { timeout: 5000 });
parentPort.on('message', (mode) => {
  let error = null;
  try { db.pragma(mode === 'TRUNCATE' ? 'wal_checkpoint(TRUNCATE)' : 'wal_checkpoint(PASSIVE)'); } catch (caught) { error = String(caught); }
  parentPort.postMessage(error);
});
`;

/** SQLite's own default: a checkpoint once the write-ahead log holds about 1,000 pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * The log's bound. A PASSIVE checkpoint copies pages but never lets the log start over while the
 * runner keeps committing (a 10,000,000-event rebuild left a 1.5 GB log): past this size the
 * worker checkpoints it whole and truncates it, while the runner waits before its next batch.
 */
export const WAL_TRUNCATE_AT_BYTES = 64 * 2 ** 20;

/**
 * Moves the projection database's WAL checkpoints off the event loop. A checkpoint copies the
 * log's pages into the file and fsyncs it: at SQLite's default, on the connection that commits,
 * 50–70 ms of the main thread every few thousand events of a rebuild (every tenant's requests and
 * /health waiting; bench "event loop"). Here the main connection never checkpoints by itself;
 * after a commit that left the log larger than the default threshold, a worker thread with its
 * own connection checkpoints it (PASSIVE: it never blocks the writer). Durability is unchanged:
 * the same checkpoints with the same fsyncs, on another thread.
 *
 * The log stays bounded: once it passes `truncateAtBytes`, the next checkpoint is a TRUNCATE and
 * `writable()` holds the runner's next transaction until it is done (the event loop stays free;
 * only the rebuild waits, for pages the PASSIVE checkpoints mostly copied already).
 *
 * In memory or in exclusive locking mode (the CLI's `replay`) no other connection can open the
 * file, and when the worker fails the connection checkpoints by itself again, as by default.
 */
export class WalCheckpointer {
  private worker: Worker | null = null;
  private busy = false;
  private pending: CheckpointMode | null = null;
  private failed = false;
  /** Set while a truncation is wanted or running; resolved when it ends (or the worker is gone). */
  private truncation: { readonly done: Promise<void>; readonly resolve: () => void } | null = null;
  private asked: CheckpointMode = 'PASSIVE';
  private readonly walFile: string;
  private readonly thresholdBytes: number;

  constructor(
    private readonly db: ProjectionDb,
    private readonly truncateAtBytes: number = WAL_TRUNCATE_AT_BYTES,
  ) {
    const exclusive = String(db.pragma('locking_mode', { simple: true })).toLowerCase() === 'exclusive';
    this.failed = db.memory || exclusive;
    this.walFile = `${db.name}-wal`;
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    this.thresholdBytes = AUTOCHECKPOINT_PAGES * pageSize;
    if (!this.failed) db.pragma('wal_autocheckpoint = 0');
  }

  /** After a commit: asks the worker for a checkpoint when the log has grown past the threshold. */
  committed(): void {
    if (this.failed) return;
    const bytes = this.walBytes();
    if (bytes < this.thresholdBytes) return;
    const mode: CheckpointMode = bytes >= this.truncateAtBytes ? 'TRUNCATE' : 'PASSIVE';
    if (mode === 'TRUNCATE' && this.truncation === null) this.truncation = deferred();
    if (this.busy) {
      if (this.pending !== 'TRUNCATE') this.pending = mode;
      return;
    }
    this.ask(mode);
  }

  /** Resolves when the next transaction may begin: at once, unless the log is being truncated. */
  writable(): Promise<void> {
    return this.truncation?.done ?? Promise.resolve();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.endTruncation();
    if (worker !== null) await worker.terminate();
  }

  private ask(mode: CheckpointMode): void {
    this.asked = mode;
    this.busy = true;
    const worker = this.start();
    // Held while it works: a rebuild awaiting `writable()` has nothing else keeping the process alive.
    worker.ref();
    worker.postMessage(mode);
  }

  private answered(): void {
    this.worker?.unref();
    this.busy = false;
    if (this.asked === 'TRUNCATE') this.endTruncation();
    if (this.pending === null) return;
    // Measured again: the checkpoint just made may have done what was asked meanwhile.
    this.pending = null;
    this.committed();
  }

  private endTruncation(): void {
    this.truncation?.resolve();
    this.truncation = null;
  }

  private start(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.db.name } });
    worker.on('message', () => this.answered());
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
    this.pending = null;
    this.endTruncation();
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

function deferred(): { readonly done: Promise<void>; readonly resolve: () => void } {
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { done, resolve };
}
