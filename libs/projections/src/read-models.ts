import type { AccountStatusName, AccountView, LedgerEventType, QuotaView } from '@ledger/licensing';
import type { Statement } from 'better-sqlite3';
import type { ProjectionDb } from './projection-database';
import { TENANT_VIEWS_PROJECTION } from './tenant-views-projection';

export interface TenantQuotaRow {
  readonly tenantId: string;
  readonly revision: number;
  /** Global position of the tenant's last event reflected. */
  readonly position: string;
  readonly quota: QuotaView;
}

export interface TenantAccountRow {
  readonly tenantId: string;
  readonly account: AccountView;
}

export interface KeyedActivityRow {
  readonly activityId: string;
  /** Revision of the activity's last event in the tenant's stream. */
  readonly lastRevision: bigint;
}

/** SPEC §3 history entry. */
export interface HistoryEntry {
  readonly revision: number;
  readonly type: LedgerEventType;
  readonly occurredAt: string;
  readonly actor: string;
  readonly activityId: string;
  readonly data: Record<string, unknown>;
}

/** Every tenant with an event at or before `through` is among `tenantIds`. */
export interface ProjectedTenants {
  readonly tenantIds: readonly string[];
  /** The tenant views' checkpoint when the ids were read. */
  readonly through: bigint;
}

export interface HistoryFilter {
  readonly accountId?: string;
  readonly type?: LedgerEventType;
  /** Inclusive lower bound on occurredAt (ISO-8601 UTC). */
  readonly from?: string;
  /** Exclusive upper bound on occurredAt. */
  readonly to?: string;
  /** Only entries after this revision (the previous page's `next`). */
  readonly after?: number;
  readonly limit: number;
}

export interface HistoryPage {
  readonly events: HistoryEntry[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly next: number | null;
}

interface QuotaRecord {
  tenant_id: string;
  revision: number;
  position: string;
  quota_json: string;
}
interface AccountRecord {
  tenant_id: string;
  view_json: string;
}
interface HistoryRecord {
  revision: number;
  type: LedgerEventType;
  occurred_at: string;
  actor: string;
  activity_id: string;
  data_json: string;
}

const quotaRow = (record: QuotaRecord): TenantQuotaRow => ({
  tenantId: record.tenant_id,
  revision: record.revision,
  position: record.position,
  quota: JSON.parse(record.quota_json) as QuotaView,
});

/** Reads of the projected rows. Every query is one indexed lookup or range scan. */
export class ReadModels {
  private readonly statements;
  private readonly historyStatements = new Map<string, Statement<Record<string, unknown>, HistoryRecord>>();

  constructor(private readonly db: ProjectionDb) {
    this.statements = {
      keyedActivity: db.prepare<[string, string], { activity_id: string; last_revision: number }>(
        'SELECT activity_id, last_revision FROM keyed_activities WHERE tenant_id = ? AND idempotency_key = ?',
      ),
      quota: db.prepare<[string], QuotaRecord>('SELECT * FROM tenant_quota WHERE tenant_id = ?'),
      allQuotas: db.prepare<[], QuotaRecord>('SELECT * FROM tenant_quota ORDER BY tenant_id'),
      tenantIds: db.prepare<[], { tenant_id: string }>('SELECT tenant_id FROM tenant_quota'),
      checkpoint: db.prepare<[string], { position: string }>(
        'SELECT position FROM checkpoints WHERE name = ?',
      ),
      account: db.prepare<[string, string], AccountRecord>(
        'SELECT tenant_id, view_json FROM tenant_accounts WHERE tenant_id = ? AND account_id = ?',
      ),
      accounts: db.prepare<[string], AccountRecord>(
        'SELECT tenant_id, view_json FROM tenant_accounts WHERE tenant_id = ? ORDER BY account_id',
      ),
      accountsByStatus: db.prepare<[string, string], AccountRecord>(
        'SELECT tenant_id, view_json FROM tenant_accounts WHERE tenant_id = ? AND status = ? ORDER BY account_id',
      ),
      allByStatus: db.prepare<[string], AccountRecord>(
        'SELECT tenant_id, view_json FROM tenant_accounts WHERE status = ? ORDER BY tenant_id, account_id',
      ),
    };
  }

  /** The activity recorded under an Idempotency-Key in the tenant's stream; null when the key is unused. */
  keyedActivity(tenantId: string, idempotencyKey: string): KeyedActivityRow | null {
    const record = this.statements.keyedActivity.get(tenantId, idempotencyKey);
    return record === undefined
      ? null
      : { activityId: record.activity_id, lastRevision: BigInt(record.last_revision) };
  }

  quota(tenantId: string): TenantQuotaRow | null {
    const record = this.statements.quota.get(tenantId);
    return record === undefined ? null : quotaRow(record);
  }

  /** Every tenant's quota, streamed row by row for large reports. */
  *allQuotas(): IterableIterator<TenantQuotaRow> {
    for (const record of this.statements.allQuotas.iterate()) yield quotaRow(record);
  }

  /** The tenants the projections hold, and up to where: read together, in one synchronous step. */
  projectedTenants(): ProjectedTenants {
    // One read transaction, so a batch committed by another connection cannot fall between the two.
    return this.db.transaction(() => {
      const checkpoint = this.statements.checkpoint.get(TENANT_VIEWS_PROJECTION);
      return {
        tenantIds: this.statements.tenantIds.all().map((record) => record.tenant_id),
        through: checkpoint === undefined ? 0n : BigInt(checkpoint.position),
      };
    })();
  }

  account(tenantId: string, accountId: string): AccountView | null {
    const record = this.statements.account.get(tenantId, accountId);
    return record === undefined ? null : (JSON.parse(record.view_json) as AccountView);
  }

  accounts(tenantId: string, status?: AccountStatusName): AccountView[] {
    const records =
      status === undefined
        ? this.statements.accounts.all(tenantId)
        : this.statements.accountsByStatus.all(tenantId, status);
    return records.map((record) => JSON.parse(record.view_json) as AccountView);
  }

  /** The broken-accounts index across tenants (R6), streamed. */
  *accountsWithStatus(status: AccountStatusName): IterableIterator<TenantAccountRow> {
    for (const record of this.statements.allByStatus.iterate(status)) {
      yield { tenantId: record.tenant_id, account: JSON.parse(record.view_json) as AccountView };
    }
  }

  /**
   * The statement for one combination of filters, prepared once: its text depends only on which
   * filters are present (16 shapes). Preparing it on every request showed in the profile of an
   * audit request (SQLite compiles the text each time: better-sqlite3 keeps no statement cache)
   * (bench/RESULTS.md, "History statements prepared once").
   */
  private historyStatement(conditions: readonly string[]): Statement<Record<string, unknown>, HistoryRecord> {
    const key = conditions.join(' AND ');
    let statement = this.historyStatements.get(key);
    if (statement === undefined) {
      statement = this.db.prepare<Record<string, unknown>, HistoryRecord>(
        `SELECT revision, type, occurred_at, actor, activity_id, data_json FROM history
         WHERE ${key} ORDER BY revision LIMIT @limit`,
      );
      this.historyStatements.set(key, statement);
    }
    return statement;
  }

  history(tenantId: string, filter: HistoryFilter): HistoryPage {
    const conditions = ['tenant_id = @tenantId', 'revision > @after'];
    if (filter.accountId !== undefined) conditions.push('account_id = @accountId');
    if (filter.type !== undefined) conditions.push('type = @type');
    if (filter.from !== undefined) conditions.push('occurred_at >= @from');
    if (filter.to !== undefined) conditions.push('occurred_at < @to');
    const records = this.historyStatement(conditions).all({
      tenantId,
      after: filter.after ?? -1,
      accountId: filter.accountId,
      type: filter.type,
      from: filter.from,
      to: filter.to,
      limit: filter.limit + 1,
    });
    const hasMore = records.length > filter.limit;
    const page = hasMore ? records.slice(0, filter.limit) : records;
    return {
      events: page.map((record) => ({
        revision: record.revision,
        type: record.type,
        occurredAt: record.occurred_at,
        actor: record.actor,
        activityId: record.activity_id,
        data: JSON.parse(record.data_json) as Record<string, unknown>,
      })),
      next: hasMore ? page[page.length - 1].revision : null,
    };
  }
}
