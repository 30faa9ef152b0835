import type { ProjectionTables } from '../database/projection-db';

/**
 * The history's indexes: a tenant's events oldest first, and the audit filters (one account's
 * events, one event type). Separate, because a rebuild drops them and builds them once at the end.
 */
export const HISTORY_INDEXES = `
CREATE INDEX IF NOT EXISTS history_by_revision ON history (tenant_id, revision);
CREATE INDEX IF NOT EXISTS history_by_account ON history (tenant_id, account_id, revision);
CREATE INDEX IF NOT EXISTS history_by_type ON history (tenant_id, type, revision);
`;

/** The audit index (history-projection.ts). */
export const HISTORY_TABLES: ProjectionTables = {
  names: ['history'],
  ddl: `
-- Keyed by the event's global position: events arrive in position order, so every insert appends
-- at the end of the table instead of landing on a random page of a tenant-ordered table (which
-- made each catch-up batch rewrite most of the table's pages: bench/RESULTS.md, "History rows
-- in log order").
CREATE TABLE IF NOT EXISTS history (
  position    INTEGER PRIMARY KEY,
  tenant_id   TEXT NOT NULL,
  revision    INTEGER NOT NULL,
  account_id  TEXT,
  type        TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  actor       TEXT NOT NULL,
  data_json   TEXT NOT NULL
);
${HISTORY_INDEXES}`,
};
