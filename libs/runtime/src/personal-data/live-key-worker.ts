import { Worker } from 'node:worker_threads';

/**
 * The worker: its own connection to the keyring file, with the keyring's durability (rollback
 * journal, `synchronous = FULL`, `secure_delete`). One message is one group of tenants: their live
 * keys are read in one read transaction; the tenants without one get one in a single write
 * transaction (nothing for a tenant another instance gave a key meanwhile), committed with its
 * fsyncs before the answer: `{ keys: [[keyId, key]…] }` in the order asked, or `{ error }`.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { randomBytes, randomUUID } = require('node:crypto');
const Database = require('better-sqlite3');
const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
db.pragma('journal_mode = DELETE');
db.pragma('secure_delete = ON');
db.pragma('synchronous = FULL');
if (workerData.maxPageCount !== null) db.pragma('max_page_count = ' + workerData.maxPageCount);
const insert = db.prepare(workerData.insertKey);
const select = db.prepare(workerData.selectKey);
const read = db.transaction((tenants) => tenants.map(([tenantId]) => select.get(tenantId)));
const create = db.transaction((tenants) => {
  for (const [tenantId, createdAt] of tenants) insert.run(tenantId, randomUUID(), randomBytes(32), createdAt);
  return tenants.map(([tenantId]) => select.get(tenantId));
});
parentPort.on('message', (tenants) => {
  try {
    const rows = read(tenants);
    const missing = tenants.filter((_, index) => rows[index] === undefined);
    if (missing.length > 0) {
      const created = create.immediate(missing);
      let next = 0;
      for (let index = 0; index < rows.length; index += 1) if (rows[index] === undefined) rows[index] = created[next++];
    }
    if (rows.some((row) => row === undefined)) throw new Error('a key just written was erased before it was read');
    parentPort.postMessage({ keys: rows.map((row) => [row.key_id, row.key]) });
  } catch (caught) {
    parentPort.postMessage({ error: String(caught) });
  }
});
`;

/** Where the worker's connection goes, the keyring's limits it keeps and the keyring's statements. */
export interface LiveKeyWorkerTarget {
  readonly file: string;
  readonly busyTimeoutMs: number;
  readonly maxPageCount: number | null;
  /** The keyring's own statements (keyring.ts): one way to give a tenant its first key, on either connection. */
  readonly insertKey: string;
  readonly selectKey: string;
}

/** A tenant's live key as the worker read it. */
export interface LiveKeyRow {
  readonly keyId: string;
  readonly key: Buffer;
}

interface Waiter {
  readonly resolve: (row: LiveKeyRow) => void;
  readonly reject: (error: Error) => void;
}

type Answer = { readonly keys: readonly (readonly [string, Uint8Array])[] } | { readonly error: string };

/**
 * Answers the tenants' live keys off the event loop, in groups. A tenant's first key is a
 * transaction on the keyring file that fsyncs several times (rollback journal, `synchronous =
 * FULL`): on the main thread it held every tenant's requests, 15.6 % of a write's main thread
 * under the commands benchmark (bench/PROFILE-http.md). The rollback journal also locks readers
 * out while a write commits, so the main thread's read of the live key, made on every append,
 * would wait behind the worker's commits (SQLite's busy handler sleeps): the worker reads them too.
 * The tenants asked for while a group is in the worker make the next group, one transaction.
 *
 * Nothing is weakened: the key is read from the file on every append (never cached: another
 * instance may have erased it), and a new key is committed before its answer, so it is in the file
 * before an event sealed with it is handed to the log. Two instances creating one tenant's first
 * key at once end with one: the insert does nothing when the tenant has one, and SQLite's lock
 * orders the two transactions.
 */
export class LiveKeyWorker {
  private worker: Worker | null = null;
  /** Tenants asked for since the group in flight was sent, with their creation instant. */
  private asked = new Map<string, { readonly createdAt: string; readonly waiters: Waiter[] }>();
  private inFlight: (readonly Waiter[])[] | null = null;
  private sendScheduled = false;
  private closed = false;

  constructor(private readonly target: LiveKeyWorkerTarget) {}

  /** The tenant's live key, read from the file; created (and committed) if it has none. */
  liveKey(tenantId: string, now: Date): Promise<LiveKeyRow> {
    if (this.closed) return Promise.reject(new Error('the keyring is closed'));
    return new Promise<LiveKeyRow>((resolve, reject) => {
      const entry = this.asked.get(tenantId) ?? { createdAt: now.toISOString(), waiters: [] };
      entry.waiters.push({ resolve, reject });
      this.asked.set(tenantId, entry);
      this.scheduleSend();
    });
  }

  /** Stops the worker; whatever was still asked for is refused (no event was sealed with it). */
  close(): void {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.fail(new Error('the keyring was closed before the key was read'));
    if (worker !== null) void worker.terminate();
  }

  /** On the next turn, after the I/O of this one: every request that arrived with it joins the group. */
  private scheduleSend(): void {
    if (this.inFlight !== null || this.sendScheduled) return;
    this.sendScheduled = true;
    setImmediate(() => {
      this.sendScheduled = false;
      this.send();
    });
  }

  private send(): void {
    if (this.inFlight !== null || this.asked.size === 0 || this.closed) return;
    const group = this.asked;
    this.asked = new Map();
    this.inFlight = [...group.values()].map((entry) => entry.waiters);
    const worker = this.start();
    // Held while a group is in flight: a command-line write must not exit before its key is read.
    worker.ref();
    worker.postMessage([...group].map(([tenantId, { createdAt }]) => [tenantId, createdAt]));
  }

  private answered(answer: Answer): void {
    const group = this.inFlight ?? [];
    this.inFlight = null;
    this.worker?.unref();
    group.forEach((waiters, index) => {
      const row = 'keys' in answer ? answer.keys[index] : undefined;
      for (const waiter of waiters) {
        if (row === undefined) waiter.reject(new Error('error' in answer ? answer.error : 'no key answered'));
        else
          waiter.resolve({
            keyId: row[0],
            key: Buffer.from(row[1].buffer, row[1].byteOffset, row[1].byteLength),
          });
      }
    });
    this.send();
  }

  private start(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.target });
    worker.on('message', (answer: Answer) => this.answered(answer));
    const gone = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.fail(error);
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`the keyring's worker stopped (exit code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Refuses every waiting request: a later one starts a new worker. */
  private fail(error: Error): void {
    const waiters = [...(this.inFlight ?? []), ...[...this.asked.values()].map((entry) => entry.waiters)];
    this.inFlight = null;
    this.asked = new Map();
    for (const waiter of waiters.flat()) waiter.reject(error);
  }
}
