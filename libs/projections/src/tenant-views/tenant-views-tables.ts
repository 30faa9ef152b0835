import { DICTIONARY_DDL } from '@ledger/event-store';
import type { ProjectionTables } from '../database/projection-db';

/**
 * The tenant views' rows: one quota per tenant, one view per account, and the end of every live
 * subscription term (tenant-views-projection.ts).
 *
 * Issue 18 (bytes on disk): the quota and compliance views are compact JSON (the event store's
 * encoding: the keys of each object once, in the `dictionary` table of this file), not text; an
 * account's row holds its state (compact JSON too) and the tenant's rulebook, and a read computes
 * the view from them with the domain's own `accountViewOf`, as the projection would have: the
 * view's status reason and remedies (about a hundred bytes of text each) are not kept.
 */
export const TENANT_VIEWS_TABLES: ProjectionTables = {
  names: ['tenant_quota', 'tenant_accounts', 'tenant_term_ends', 'dictionary'],
  ddl: `
CREATE TABLE IF NOT EXISTS tenant_quota (
  tenant_id  TEXT PRIMARY KEY,
  revision   INTEGER NOT NULL,
  position   TEXT NOT NULL,
  quota      BLOB NOT NULL,
  -- R11/R12: how many of its accounts carry each flag, kept with the quota so a report over every
  -- tenant reads one row per tenant, never every account view.
  compliance BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS tenant_accounts (
  tenant_id  TEXT NOT NULL,
  account_id TEXT NOT NULL,
  status     TEXT NOT NULL,
  -- The tenant's rulebook (R9), rewritten with every account when it changes (R11/R12).
  rulebook   TEXT,
  account    BLOB NOT NULL,
  PRIMARY KEY (tenant_id, account_id)
) WITHOUT ROWID;
-- The broken-accounts index across tenants (R6).
CREATE INDEX IF NOT EXISTS tenant_accounts_by_status ON tenant_accounts (status, tenant_id, account_id);

-- R13: the terms not yet expired, across tenants, by their end: the expiry scheduler's index.
CREATE TABLE IF NOT EXISTS tenant_term_ends (
  tenant_id   TEXT NOT NULL,
  purchase_id TEXT NOT NULL,
  ends_at     TEXT NOT NULL,
  ends_at_ms  INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, purchase_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tenant_term_ends_by_end ON tenant_term_ends (ends_at_ms, tenant_id, purchase_id);
${DICTIONARY_DDL}
`,
};
