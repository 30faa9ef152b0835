import { CompactJson, compactIdOf, type CompactId, Dictionary, type JsonObject } from '@ledger/event-store';
import { ERASED, PERSONAL_DATA_FIELDS, withPersonalDataErased } from '@ledger/licensing';
import type { LedgerProjection } from '../runner/projection';
import type { ProjectedEvent } from '../runner/projected-event';
import { instantMs } from '../as-of/instant';
import { execOffThread } from '../runner/off-thread-ddl';
import type { ProjectionDb } from '../database/projection-db';
import { dataAsStored } from './history-data';
import { HISTORY_INDEXES } from './history-tables';

/** The audit index: every event of every tenant, filterable by account, type and time (SPEC §3 history). */
export class HistoryProjection implements LedgerProjection {
  readonly name = 'history';
  private readonly insert;
  private readonly erasure;
  private readonly dictionary: Dictionary;
  private readonly json: CompactJson;
  /** The event types whose data holds personal fields (SPEC §5). */
  private readonly typesWithPersonalData: readonly string[];
  /** An erasure was applied in the batch being written: its rows' old versions must leave the files. */
  private erasedInBatch = false;
  /**
   * Between a rebuild's reset and its end the indexes are dropped, and an erasure would scan the
   * whole table twice, on the event loop (the bench's long tenant: 700-900 ms at once). Then an
   * erasure is noted in `history_pending_erasures` with its batch and applied when the indexes are
   * back (`rebuilt`), or when the file is opened again after a rebuild that never ended.
   */
  private erasuresDeferred = false;

  constructor(private readonly db: ProjectionDb) {
    // OR IGNORE on the position (the key): a batch applied again leaves the same rows.
    this.dictionary = new Dictionary(db);
    this.json = new CompactJson(this.dictionary);
    this.insert = db.prepare<
      [bigint, number, number, string | null, number, number, CompactId, string, Buffer]
    >(
      `INSERT OR IGNORE INTO history (position, tenant, revision, account_id, type, occurred_at, activity_id, actor, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.typesWithPersonalData = Object.entries(PERSONAL_DATA_FIELDS)
      .filter(([, fields]) => fields.length > 0)
      .map(([type]) => type);
    this.erasure = {
      actors: db.prepare<[string, number, number, string]>(
        'UPDATE history SET actor = ? WHERE tenant = ? AND revision < ? AND actor <> ?',
      ),
      rowsOfType: db.prepare<[number, number, number], { position: bigint; data: Buffer }>(
        'SELECT position, data FROM history WHERE tenant = ? AND type = ? AND revision < ?',
      ),
      data: db.prepare<[Buffer, bigint]>('UPDATE history SET data = ? WHERE position = ?'),
      defer: db.prepare<[number, number]>(
        'INSERT OR IGNORE INTO history_pending_erasures (tenant, revision) VALUES (?, ?)',
      ),
      pending: db.prepare<[], { tenant: number; revision: number }>(
        'SELECT tenant, revision FROM history_pending_erasures ORDER BY tenant, revision',
      ),
      clearPending: db.prepare('DELETE FROM history_pending_erasures'),
    };
    // Opened after a rebuild that never ended: the indexes are back (the tables' DDL), its erasures not yet.
    this.applyPendingErasures();
  }

  async prepare(): Promise<void> {}

  apply(batch: readonly ProjectedEvent[]): void {
    for (const { tenantId, revision, position, event, metadata } of batch) {
      const accountId = 'accountId' in event.data ? event.data.accountId : null;
      this.insert.run(
        position,
        this.dictionary.idOf(tenantId),
        Number(revision),
        accountId,
        this.dictionary.idOf(event.type),
        instantMs(metadata.occurredAt),
        compactIdOf(metadata.activityId),
        metadata.actor,
        this.json.encode(dataAsStored(event.data as unknown as JsonObject, accountId)),
      );
      if (event.type !== 'PersonalDataErased') continue;
      if (this.erasuresDeferred) this.erasure.defer.run(this.dictionary.idOf(tenantId), Number(revision));
      else this.erase(this.dictionary.idOf(tenantId), Number(revision));
    }
  }

  /**
   * SPEC §5: the tenant's entries before the erasure keep their shape (history counts are
   * unchanged) with every personal field reading as erased, as the log now reads them.
   */
  private erase(tenant: number, revision: number): void {
    this.erasure.actors.run(ERASED, tenant, revision, ERASED);
    for (const type of this.typesWithPersonalData) {
      const typeId = this.dictionary.find(type);
      if (typeId === undefined) continue; // no event of this type yet, anywhere
      // All first: the connection writes nothing while a statement is still reading.
      for (const row of this.erasure.rowsOfType.safeIntegers(true).all(tenant, typeId, revision)) {
        const data = this.json.decode(row.data);
        const erased = this.json.encode(withPersonalDataErased(type, data) as unknown as JsonObject);
        if (!erased.equals(row.data)) this.erasure.data.run(erased, row.position);
      }
    }
    this.erasedInBatch = true;
  }

  /**
   * After an erasure, the write-ahead log still holds the pages as they were before it: copied
   * into the database file and truncated now, so no file holds the erased values any more.
   */
  committed(): void {
    this.dictionary.committed();
    if (!this.erasedInBatch) return;
    this.erasedInBatch = false;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  rolledBack(): void {
    this.erasedInBatch = false;
    this.dictionary.rolledBack();
  }

  /**
   * A rebuild refills the table from empty in log order. Its indexes are dropped here and built
   * once at the end (`rebuilt`), by sorting, instead of being updated row by row on random pages.
   */
  readonly resetSql =
    'DROP INDEX IF EXISTS history_by_revision; DROP INDEX IF EXISTS history_by_account; ' +
    'DROP INDEX IF EXISTS history_by_type; DELETE FROM history; DELETE FROM history_pending_erasures;';

  reset(): void {
    this.db.exec(this.resetSql);
    this.erasuresDeferred = true;
  }

  async rebuilt(): Promise<void> {
    await execOffThread(this.db, HISTORY_INDEXES);
    this.erasuresDeferred = false;
    this.applyPendingErasures();
  }

  /** The erasures a rebuild deferred, in one transaction with forgetting them; then out of the WAL too. */
  private applyPendingErasures(): void {
    const pending = this.erasure.pending.all();
    if (pending.length === 0) return;
    this.db.transaction(() => {
      for (const { tenant, revision } of pending) this.erase(tenant, revision);
      this.erasure.clearPending.run();
    })();
    this.committed();
  }
}
