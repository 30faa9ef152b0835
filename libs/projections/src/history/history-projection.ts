import { ERASED, PERSONAL_DATA_FIELDS, withPersonalDataErased } from '@ledger/licensing';
import type { LedgerProjection } from '../runner/projection';
import type { ProjectedEvent } from '../runner/projected-event';
import { execOffThread } from '../runner/off-thread-ddl';
import type { ProjectionDb } from '../database/projection-db';
import { HISTORY_INDEXES } from './history-tables';

/** The audit index: every event of every tenant, filterable by account, type and time (SPEC §3 history). */
export class HistoryProjection implements LedgerProjection {
  readonly name = 'history';
  private readonly insert;
  private readonly erasure;
  /** An erasure was applied in the batch being written: its rows' old versions must leave the files. */
  private erasedInBatch = false;

  constructor(private readonly db: ProjectionDb) {
    // OR IGNORE on the position (the key): a batch applied again leaves the same rows.
    this.insert = db.prepare<[bigint, string, number, string | null, string, string, string, string, string]>(
      `INSERT OR IGNORE INTO history (position, tenant_id, revision, account_id, type, occurred_at, activity_id, actor, data_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const typesWithPersonalData = Object.entries(PERSONAL_DATA_FIELDS)
      .filter(([, fields]) => fields.length > 0)
      .map(([type]) => `'${type}'`)
      .join(', ');
    this.erasure = {
      actors: db.prepare<[string, string, number, string]>(
        'UPDATE history SET actor = ? WHERE tenant_id = ? AND revision < ? AND actor <> ?',
      ),
      rowsWithPersonalData: db.prepare<[string, number], { position: bigint; type: string; data_json: string }>(
        `SELECT position, type, data_json FROM history
         WHERE tenant_id = ? AND revision < ? AND type IN (${typesWithPersonalData})`,
      ),
      data: db.prepare<[string, bigint]>('UPDATE history SET data_json = ? WHERE position = ?'),
    };
  }

  async prepare(): Promise<void> {}

  apply(batch: readonly ProjectedEvent[]): void {
    for (const { tenantId, revision, position, event, metadata } of batch) {
      const accountId = 'accountId' in event.data ? event.data.accountId : null;
      this.insert.run(
        position,
        tenantId,
        Number(revision),
        accountId,
        event.type,
        metadata.occurredAt,
        metadata.activityId,
        metadata.actor,
        JSON.stringify(event.data),
      );
      if (event.type === 'PersonalDataErased') this.erase(tenantId, revision);
    }
  }

  /**
   * SPEC §5: the tenant's entries before the erasure keep their shape (history counts are
   * unchanged) with every personal field reading as erased, as the log now reads them.
   */
  private erase(tenantId: string, revision: bigint): void {
    this.erasure.actors.run(ERASED, tenantId, Number(revision), ERASED);
    // All first: the connection writes nothing while a statement is still reading.
    for (const row of this.erasure.rowsWithPersonalData.safeIntegers(true).all(tenantId, Number(revision))) {
      const data = JSON.parse(row.data_json) as Record<string, unknown>;
      const erased = JSON.stringify(withPersonalDataErased(row.type, data));
      if (erased !== row.data_json) this.erasure.data.run(erased, row.position);
    }
    this.erasedInBatch = true;
  }

  /**
   * After an erasure, the write-ahead log still holds the pages as they were before it: copied
   * into the database file and truncated now, so no file holds the erased values any more.
   */
  committed(): void {
    if (!this.erasedInBatch) return;
    this.erasedInBatch = false;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  rolledBack(): void {
    this.erasedInBatch = false;
  }

  /**
   * A rebuild refills the table from empty in log order. Its indexes are dropped here and built
   * once at the end (`rebuilt`), by sorting, instead of being updated row by row on random pages.
   */
  reset(): void {
    this.db.exec(
      'DROP INDEX IF EXISTS history_by_revision; DROP INDEX IF EXISTS history_by_account; ' +
        'DROP INDEX IF EXISTS history_by_type; DELETE FROM history;',
    );
  }

  rebuilt(): Promise<void> {
    return execOffThread(this.db, HISTORY_INDEXES);
  }
}
