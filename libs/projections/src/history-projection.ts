import type { LedgerProjection } from './ledger-projection';
import type { ProjectedEvent } from './projected-event';
import type { ProjectionDb } from './projection-database';

/** The audit index: every event of every tenant, filterable by account, type and time (SPEC §3 history). */
export class HistoryProjection implements LedgerProjection {
  readonly name = 'history';
  private readonly insert;

  constructor(private readonly db: ProjectionDb) {
    // OR IGNORE: a batch re-applied after a crash between commit and checkpoint leaves the same rows.
    this.insert = db.prepare<[string, number, string, string | null, string, string, string, string, string]>(
      `INSERT OR IGNORE INTO history (tenant_id, revision, position, account_id, type, occurred_at, activity_id, actor, data_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  async prepare(): Promise<void> {}

  apply(batch: readonly ProjectedEvent[]): void {
    for (const { tenantId, revision, position, event, metadata } of batch) {
      const accountId = 'accountId' in event.data ? event.data.accountId : null;
      this.insert.run(
        tenantId,
        Number(revision),
        position.toString(),
        accountId,
        event.type,
        metadata.occurredAt,
        metadata.activityId,
        metadata.actor,
        JSON.stringify(event.data),
      );
    }
  }

  reset(): void {
    this.db.exec('DELETE FROM history;');
  }
}
