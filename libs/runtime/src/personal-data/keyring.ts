import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '@ledger/event-store';
import { LiveKeyWorker } from './live-key-worker';

/** One tenant's personal-data key (AES-256), named by an id the sealed events carry. */
export interface TenantKey {
  readonly keyId: string;
  readonly key: Buffer;
}

/** A tenant's first key; nothing when it has one (another instance's: SQLite's lock orders the two). */
export const INSERT_KEY =
  'INSERT INTO tenant_keys (tenant_id, key_id, key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id) DO NOTHING';

const SELECT_KEY = 'SELECT key_id, key FROM tenant_keys WHERE tenant_id = ?';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS tenant_keys (
  tenant_id  TEXT PRIMARY KEY,
  key_id     TEXT NOT NULL UNIQUE,
  key        BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tenant_erasures (
  tenant_id      TEXT PRIMARY KEY,
  erased_through INTEGER NOT NULL,
  erased_at      TEXT NOT NULL
);`;

/**
 * SPEC §5: the tenants' personal-data keys, kept outside the log, one live key per tenant.
 * Erasure deletes a tenant's key, which makes every field sealed with it unreadable for good
 * (crypto-shredding), and records up to which revision of the tenant's stream everything reads
 * as erased — which also covers fields stored before sealing existed (logs of v0.1).
 *
 * A SQLite file of its own, apart from the log: the log may be copied, replicated and kept for
 * ever; this file must not be, or an erased key lives on in its copies. `secure_delete` overwrites
 * a deleted key in the file, and the rollback journal (not a write-ahead log) leaves no older copy
 * of a page beside it once a transaction ends. Instances on one log share one keyring file; SQLite's
 * locking keeps two of them from giving one tenant two live keys.
 */
export class Keyring {
  private readonly statements;

  private constructor(
    private readonly db: Database.Database,
    /** Null in memory: no other connection could open it, and it has no fsync to wait for. */
    private readonly liveKeys: LiveKeyWorker | null,
  ) {
    this.statements = {
      insertKey: db.prepare<[string, string, Buffer, string]>(INSERT_KEY),
      liveKey: db.prepare<[string], { key_id: string; key: Buffer }>(SELECT_KEY),
      keyById: db.prepare<[string], { key: Buffer }>('SELECT key FROM tenant_keys WHERE key_id = ?'),
      createdAt: db.prepare<[string], { created_at: string }>(
        'SELECT created_at FROM tenant_keys WHERE tenant_id = ?',
      ),
      deleteKey: db.prepare<[string]>('DELETE FROM tenant_keys WHERE tenant_id = ?'),
      recordErasure: db.prepare<[string, number, string]>(
        `INSERT INTO tenant_erasures (tenant_id, erased_through, erased_at) VALUES (?, ?, ?)
         ON CONFLICT (tenant_id) DO UPDATE SET erased_through = max(erased_through, excluded.erased_through),
           erased_at = excluded.erased_at`,
      ),
      erasedThrough: db.prepare<[string], { erased_through: number }>(
        'SELECT erased_through FROM tenant_erasures WHERE tenant_id = ?',
      ),
      erasures: db.prepare<[], { tenant_id: string; erased_through: number }>(
        'SELECT tenant_id, erased_through FROM tenant_erasures',
      ),
    };
  }

  /**
   * Opens (or creates, readable by its owner only) the keyring file; `:memory:` for tests.
   * `maxPageCount` caps the file (SQLite `max_page_count`), like a volume that fills up.
   */
  static open(file: string, options: { readonly maxPageCount?: number } = {}): Keyring {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    try {
      db.pragma('journal_mode = DELETE');
      db.pragma('secure_delete = ON');
      db.pragma('synchronous = FULL');
      db.exec(SCHEMA);
      if (options.maxPageCount !== undefined)
        db.pragma(`max_page_count = ${Math.trunc(options.maxPageCount)}`);
      if (file !== ':memory:') chmodSync(file, 0o600);
    } catch (error) {
      db.close();
      throw error;
    }
    const liveKeys =
      file === ':memory:'
        ? null
        : new LiveKeyWorker({
            file,
            busyTimeoutMs: BUSY_TIMEOUT_MS,
            maxPageCount: options.maxPageCount ?? null,
            insertKey: INSERT_KEY,
            selectKey: SELECT_KEY,
          });
    return new Keyring(db, liveKeys);
  }

  /**
   * The tenant's live key, created on first use; two processes asking at once get the same one.
   * Read from the file on every call, never cached (another instance may have erased it), and a
   * new key is committed before this resolves, so nothing is sealed with a key a crash could lose.
   * From a file, off the event loop (live-key-worker.ts); in memory, here.
   */
  async liveKey(tenantId: string, now: Date): Promise<TenantKey> {
    if (this.liveKeys === null)
      return this.guarded('give a tenant its key', () => this.liveKeyHere(tenantId, now));
    try {
      return await this.liveKeys.liveKey(tenantId, now);
    } catch (error) {
      throw unavailable('give a tenant its key', error);
    }
  }

  private liveKeyHere(tenantId: string, now: Date): TenantKey {
    const existing = this.statements.liveKey.get(tenantId);
    if (existing !== undefined) return { keyId: existing.key_id, key: existing.key };
    this.statements.insertKey.run(tenantId, randomUUID(), randomBytes(32), now.toISOString());
    const created = this.statements.liveKey.get(tenantId);
    if (created === undefined) throw new Error('the keyring lost a key it had just written');
    return { keyId: created.key_id, key: created.key };
  }

  /** A key by its id; null once its tenant's personal data was erased. */
  keyById(keyId: string): Buffer | null {
    return this.guarded('read a key', () => this.statements.keyById.get(keyId)?.key ?? null);
  }

  /**
   * Erasure: deletes the tenant's key and records that every event up to `throughRevision` reads
   * as erased, in one transaction. Returns the id of the key destroyed, if the tenant had one.
   * With `keysCreatedBy`, only a key created by then is deleted (an erasure of that instant).
   */
  erase(tenantId: string, throughRevision: bigint, now: Date, keysCreatedBy?: Date): string | null {
    return this.guarded('record an erasure', () =>
      this.eraseNow(tenantId, throughRevision, now, keysCreatedBy),
    );
  }

  private eraseNow(
    tenantId: string,
    throughRevision: bigint,
    now: Date,
    keysCreatedBy?: Date,
  ): string | null {
    return this.db.transaction(() => {
      const live = this.statements.liveKey.get(tenantId);
      const createdAt = this.statements.createdAt.get(tenantId)?.created_at;
      // Re-applying an erasure found in the log (keysCreatedBy): a key made after it stays.
      if (keysCreatedBy !== undefined && createdAt !== undefined && createdAt > keysCreatedBy.toISOString()) {
        this.statements.recordErasure.run(tenantId, Number(throughRevision), now.toISOString());
        return null;
      }
      this.statements.deleteKey.run(tenantId);
      this.statements.recordErasure.run(tenantId, Number(throughRevision), now.toISOString());
      return live?.key_id ?? null;
    })();
  }

  /** The last revision of the tenant's stream that reads as erased; null if it never was. */
  erasedThrough(tenantId: string): bigint | null {
    const row = this.guarded('read an erasure', () => this.statements.erasedThrough.get(tenantId));
    return row === undefined ? null : BigInt(row.erased_through);
  }

  /** Every tenant ever erased, with its `erasedThrough`. */
  erasures(): Map<string, bigint> {
    return new Map(this.statements.erasures.all().map((row) => [row.tenant_id, BigInt(row.erased_through)]));
  }

  close(): void {
    this.liveKeys?.close();
    if (this.db.open) this.db.close();
  }

  /**
   * A keyring that cannot be read or written (a full disk, an I/O error, a lock held too long) is
   * a storage fault like the log's: the write or read is refused as unavailable (503, retryable),
   * never a 500, and the driver's message (which may name the file) stays in the cause.
   */
  private guarded<T>(what: string, work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw unavailable(what, error);
    }
  }
}

/** Both connections, the main one and the live keys' worker's, wait as long for the other's lock. */
const BUSY_TIMEOUT_MS = 5000;

function unavailable(what: string, cause: unknown): StoreUnavailableError {
  return new StoreUnavailableError(`the keyring of personal-data keys could not ${what}`, { cause });
}
