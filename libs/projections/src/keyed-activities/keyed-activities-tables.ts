import type { ProjectionTables } from '../database/projection-db';

/** Idempotency-Keys recorded in the log (keyed-activities-projection.ts). */
export const KEYED_ACTIVITIES_TABLES: ProjectionTables = {
  names: ['keyed_activities'],
  ddl: `
CREATE TABLE IF NOT EXISTS keyed_activities (
  tenant_id       TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  activity_id     TEXT NOT NULL,
  last_revision   INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, idempotency_key)
) WITHOUT ROWID;
`,
};
