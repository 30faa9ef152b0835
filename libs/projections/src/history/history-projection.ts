import type { LedgerProjection } from '../runner/projection';
import type { ProjectedEvent } from '../runner/projected-event';
import { execOffThread } from '../runner/off-thread-ddl';
import type { ProjectionDb } from '../database/projection-db';
import { HISTORY_INDEXES } from './history-tables';

/** The audit index: every event of every tenant, filterable by account, type and time (SPEC §3 history). */
export class HistoryProjection implements LedgerProjection {
  readonly name = 'history';
  private readonly insert;

  constructor(private readonly db: ProjectionDb) {
    // OR IGNORE on the position (the key): a batch applied again leaves the same rows.
    this.insert = db.prepare<[bigint, string, number, string | null, string, string, string, string, string]>(
      `INSERT OR IGNORE INTO history (position, tenant_id, revision, account_id, type, occurred_at, activity_id, actor, data_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
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
    }
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
