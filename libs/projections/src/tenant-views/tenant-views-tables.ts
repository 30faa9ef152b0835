import type { ProjectionTables } from '../database/projection-db';

/** The tenant views' rows: one quota per tenant, one view per account (tenant-views-projection.ts). */
export const TENANT_VIEWS_TABLES: ProjectionTables = {
  names: ['tenant_quota', 'tenant_accounts'],
  ddl: `
CREATE TABLE IF NOT EXISTS tenant_quota (
  tenant_id  TEXT PRIMARY KEY,
  revision   INTEGER NOT NULL,
  position   TEXT NOT NULL,
  quota_json TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS tenant_accounts (
  tenant_id  TEXT NOT NULL,
  account_id TEXT NOT NULL,
  status     TEXT NOT NULL,
  view_json  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, account_id)
) WITHOUT ROWID;
-- The broken-accounts index across tenants (R6).
CREATE INDEX IF NOT EXISTS tenant_accounts_by_status ON tenant_accounts (status, tenant_id, account_id);
`,
};
