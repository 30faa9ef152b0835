import type { LedgerProjection } from '../runner/projection';
import type { ProjectedEvent } from '../runner/projected-event';
import type { ProjectionDb } from '../database/projection-db';

/**
 * The index of Idempotency-Keys: for each tenant and key, the activity the log recorded under it
 * and where it ends. The write side remembers only recent keys and asks here for older ones, so
 * its memory stays bounded however many keyed writes a tenant makes (issue 10, finding 6).
 */
export class KeyedActivitiesProjection implements LedgerProjection {
  readonly name = 'keyed-activities';
  private readonly upsert;

  constructor(private readonly db: ProjectionDb) {
    // A key maps to one activity (its event ids derive from the key): a later event of the same
    // activity moves its end; a batch applied again changes nothing.
    this.upsert = db.prepare<[string, string, string, number]>(
      `INSERT INTO keyed_activities (tenant_id, idempotency_key, activity_id, last_revision) VALUES (?, ?, ?, ?)
       ON CONFLICT (tenant_id, idempotency_key) DO UPDATE SET last_revision = excluded.last_revision
       WHERE activity_id = excluded.activity_id AND excluded.last_revision > last_revision`,
    );
  }

  async prepare(): Promise<void> {}

  apply(batch: readonly ProjectedEvent[]): void {
    for (const { tenantId, revision, metadata } of batch) {
      if (metadata.idempotencyKey === undefined) continue;
      this.upsert.run(tenantId, metadata.idempotencyKey, metadata.activityId, Number(revision));
    }
  }

  readonly resetSql = 'DELETE FROM keyed_activities';

  reset(): void {
    this.db.exec(this.resetSql);
  }
}
