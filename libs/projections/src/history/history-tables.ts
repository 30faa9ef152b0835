import { DICTIONARY_DDL } from '@ledger/event-store';
import type { ProjectionTables } from '../database/projection-db';

/**
 * The history's indexes: a tenant's events oldest first, and the audit filters (one account's
 * events, one event type). Separate, because a rebuild drops them and builds them once at the end.
 * The account index holds only the events that name an account (a query by account names one, so
 * SQLite uses it): a quarter of the events name none (issue 18, bytes on disk).
 */
export const HISTORY_INDEXES = `
CREATE INDEX IF NOT EXISTS history_by_revision ON history (tenant, revision);
CREATE INDEX IF NOT EXISTS history_by_account ON history (tenant, account_id, revision) WHERE account_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS history_by_type ON history (tenant, type, revision);
`;

/** The audit index (history-projection.ts). */
export const HISTORY_TABLES: ProjectionTables = {
  names: ['history', 'history_pending_erasures', 'dictionary'],
  ddl: `
-- Keyed by the event's global position: events arrive in position order, so every insert appends
-- at the end of the table instead of landing on a random page of a tenant-ordered table (which
-- made each catch-up batch rewrite most of the table's pages: bench/RESULTS.md, "History rows
-- in log order").
-- Issue 18 (bytes on disk; bench storage): the tenant and the type are ids of the dictionary
-- (the event store's, in this file), in the row and in every index, instead of their text; data
-- is compact JSON, the activity id 16 bytes (the event store's encodings) and occurred_at milliseconds
-- (as-of/instant.ts: 6 bytes where the text took 24).
CREATE TABLE IF NOT EXISTS history (
  position    INTEGER PRIMARY KEY,
  tenant      INTEGER NOT NULL,
  revision    INTEGER NOT NULL,
  account_id  TEXT,
  type        INTEGER NOT NULL,
  occurred_at INTEGER NOT NULL,
  activity_id BLOB NOT NULL,
  actor       TEXT NOT NULL,
  data        BLOB NOT NULL
);
-- Erasures met while a rebuild has the indexes dropped, applied once they are back (history-projection.ts).
CREATE TABLE IF NOT EXISTS history_pending_erasures (
  tenant   INTEGER NOT NULL,
  revision INTEGER NOT NULL,
  PRIMARY KEY (tenant, revision)
) WITHOUT ROWID;
${DICTIONARY_DDL}
${HISTORY_INDEXES}`,
};
