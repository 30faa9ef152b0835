import type { ProjectionDb } from '../database/projection-db';

export interface KeyedActivityRow {
  readonly activityId: string;
  /** Revision of the activity's last event in the tenant's stream. */
  readonly lastRevision: bigint;
}

/** Reads of the index of Idempotency-Keys. */
export class KeyedActivitiesReads {
  private readonly find;

  constructor(db: ProjectionDb) {
    this.find = db.prepare<[string, string], { activity_id: string; last_revision: number }>(
      'SELECT activity_id, last_revision FROM keyed_activities WHERE tenant_id = ? AND idempotency_key = ?',
    );
  }

  /** The activity recorded under an Idempotency-Key in the tenant's stream; null when the key is unused. */
  keyedActivity(tenantId: string, idempotencyKey: string): KeyedActivityRow | null {
    const record = this.find.get(tenantId, idempotencyKey);
    return record === undefined
      ? null
      : { activityId: record.activity_id, lastRevision: BigInt(record.last_revision) };
  }
}
