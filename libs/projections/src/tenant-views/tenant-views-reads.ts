import {
  accountViewOf,
  tenantIdOfStream,
  type AccountState,
  type AccountStatusName,
  type AccountView,
  type ComplianceCounts,
  type QuotaView,
  type Rulebook,
} from '@ledger/licensing';
import { CompactJson, Dictionary } from '@ledger/event-store';
import type { ProjectionDb } from '../database/projection-db';
import { TENANT_VIEWS_PROJECTION } from './tenant-views-projection';

export interface TenantQuotaRow {
  readonly tenantId: string;
  readonly revision: number;
  /** Global position of the tenant's last event reflected. */
  readonly position: string;
  readonly quota: QuotaView;
  /** R11/R12: how many of the tenant's accounts carry each flag. */
  readonly compliance: ComplianceCounts;
}

export interface TenantAccountRow {
  readonly tenantId: string;
  readonly account: AccountView;
}

/** Every tenant with an event at or before `through` is among `tenantIds`. */
export interface ProjectedTenants {
  readonly tenantIds: readonly string[];
  /** The tenant views' checkpoint when the ids were read. */
  readonly through: bigint;
  /**
   * Tenants whose stream the views hold behind a parked event (SPEC §5): their rows stop before it,
   * although the checkpoint is past it. Among `tenantIds` too.
   */
  readonly held: readonly string[];
}

/** R13: a subscription term that has ended or is about to, as the tenant views last folded it. */
export interface TermEndRow {
  readonly tenantId: string;
  readonly purchaseId: string;
  readonly endsAt: string;
}

interface TermEndRecord {
  tenant_id: string;
  purchase_id: string;
  ends_at: string;
}

interface QuotaRecord {
  tenant_id: string;
  revision: number;
  position: string;
  quota: Buffer;
  compliance: Buffer;
}
interface AccountRecord {
  tenant_id: string;
  rulebook: Rulebook | null;
  account: Buffer;
}

/** Reads of the tenant views' rows: quotas and account views. Every query is one indexed lookup or range scan. */
export class TenantViewsReads {
  private readonly statements;
  /** The views are compact JSON (tenant-views-tables.ts). */
  private readonly json: CompactJson;

  constructor(private readonly db: ProjectionDb) {
    this.json = new CompactJson(new Dictionary(db));
    this.statements = {
      quota: db.prepare<[string], QuotaRecord>('SELECT * FROM tenant_quota WHERE tenant_id = ?'),
      allQuotas: db.prepare<[], QuotaRecord>('SELECT * FROM tenant_quota ORDER BY tenant_id'),
      quotasAfter: db.prepare<[string, number], QuotaRecord>(
        'SELECT * FROM tenant_quota WHERE tenant_id > ? ORDER BY tenant_id LIMIT ?',
      ),
      tenantIds: db.prepare<[], { tenant_id: string }>('SELECT tenant_id FROM tenant_quota'),
      heldStreams: db.prepare<[string], { stream: string }>(
        'SELECT DISTINCT stream FROM parked_events WHERE projection = ? AND skipped = 0',
      ),
      checkpoint: db.prepare<[string], { position: string }>(
        'SELECT position FROM checkpoints WHERE name = ?',
      ),
      account: db.prepare<[string, string], AccountRecord>(
        'SELECT tenant_id, rulebook, account FROM tenant_accounts WHERE tenant_id = ? AND account_id = ?',
      ),
      accounts: db.prepare<[string], AccountRecord>(
        'SELECT tenant_id, rulebook, account FROM tenant_accounts WHERE tenant_id = ? ORDER BY account_id',
      ),
      accountsByStatus: db.prepare<[string, string], AccountRecord>(
        'SELECT tenant_id, rulebook, account FROM tenant_accounts WHERE tenant_id = ? AND status = ? ORDER BY account_id',
      ),
      termEndsThrough: db.prepare<[number, number, string, string, number], TermEndRecord>(
        `SELECT tenant_id, purchase_id, ends_at FROM tenant_term_ends
         WHERE ends_at_ms <= ? AND (ends_at_ms, tenant_id, purchase_id) > (?, ?, ?)
         ORDER BY ends_at_ms, tenant_id, purchase_id LIMIT ?`,
      ),
      nextTermEnd: db.prepare<[number], { ends_at_ms: number }>(
        'SELECT ends_at_ms FROM tenant_term_ends WHERE ends_at_ms > ? ORDER BY ends_at_ms LIMIT 1',
      ),
      byStatusBetween: db.prepare<[string, string, string], AccountRecord>(
        `SELECT tenant_id, rulebook, account FROM tenant_accounts WHERE status = ? AND tenant_id BETWEEN ? AND ?
         ORDER BY tenant_id, account_id`,
      ),
      allByStatus: db.prepare<[string], AccountRecord>(
        'SELECT tenant_id, rulebook, account FROM tenant_accounts WHERE status = ? ORDER BY tenant_id, account_id',
      ),
    };
  }

  quota(tenantId: string): TenantQuotaRow | null {
    const record = this.statements.quota.get(tenantId);
    return record === undefined ? null : this.quotaRow(record);
  }

  /** Every tenant's quota, streamed row by row for large reports. */
  *allQuotas(): IterableIterator<TenantQuotaRow> {
    for (const record of this.statements.allQuotas.iterate()) yield this.quotaRow(record);
  }

  /**
   * Up to `limit` tenants' quotas after the tenant id `after` ('' for the first page), by tenant id:
   * a report over every tenant reads page by page and lets the event loop turn in between (an open
   * iterator would keep the connection busy for every other read meanwhile).
   */
  quotasAfter(after: string, limit: number): TenantQuotaRow[] {
    return this.statements.quotasAfter.all(after, limit).map((record) => this.quotaRow(record));
  }

  /** The tenants the projections hold, and up to where: read together, in one synchronous step. */
  projectedTenants(): ProjectedTenants {
    // One read transaction, so a batch committed by another connection cannot fall between the two.
    return this.db.transaction(() => {
      const checkpoint = this.statements.checkpoint.get(TENANT_VIEWS_PROJECTION);
      const held = this.statements.heldStreams
        .all(TENANT_VIEWS_PROJECTION)
        .flatMap(({ stream }) => tenantIdOfStream(stream) ?? []);
      return {
        tenantIds: [...this.statements.tenantIds.all().map((record) => record.tenant_id), ...held],
        through: checkpoint === undefined ? 0n : BigInt(checkpoint.position),
        held,
      };
    })();
  }

  /**
   * R13: up to `limit` live terms ending at or before `nowMs`, soonest first, after `after` (the
   * last row of the previous page): one range scan of an index, however many tenants there are.
   */
  termsEndedBy(nowMs: number, limit: number, after?: TermEndRow): TermEndRow[] {
    const from =
      after === undefined
        ? ([Number.MIN_SAFE_INTEGER, '', ''] as const)
        : ([Date.parse(after.endsAt), after.tenantId, after.purchaseId] as const);
    return this.statements.termEndsThrough.all(nowMs, ...from, limit).map((record) => ({
      tenantId: record.tenant_id,
      purchaseId: record.purchase_id,
      endsAt: record.ends_at,
    }));
  }

  /** R13: when the next live term ends after `nowMs` (ms since the epoch), or null when none does. */
  nextTermEndAfter(nowMs: number): number | null {
    return this.statements.nextTermEnd.get(nowMs)?.ends_at_ms ?? null;
  }

  account(tenantId: string, accountId: string): AccountView | null {
    const record = this.statements.account.get(tenantId, accountId);
    return record === undefined ? null : this.accountView(record);
  }

  accounts(tenantId: string, status?: AccountStatusName): AccountView[] {
    const records =
      status === undefined
        ? this.statements.accounts.all(tenantId)
        : this.statements.accountsByStatus.all(tenantId, status);
    return records.map((record) => this.accountView(record));
  }

  /** Accounts with `status` of the tenants `first` … `last` (by id), by tenant then account: one range of the index. */
  accountsWithStatusBetween(status: AccountStatusName, first: string, last: string): TenantAccountRow[] {
    return this.statements.byStatusBetween.all(status, first, last).map((record) => this.accountRow(record));
  }

  /** The broken-accounts index across tenants (R6), streamed. */
  *accountsWithStatus(status: AccountStatusName): IterableIterator<TenantAccountRow> {
    for (const record of this.statements.allByStatus.iterate(status)) yield this.accountRow(record);
  }

  private quotaRow(record: QuotaRecord): TenantQuotaRow {
    return {
      tenantId: record.tenant_id,
      revision: record.revision,
      position: record.position,
      quota: this.json.decode(record.quota) as unknown as QuotaView,
      compliance: this.json.decode(record.compliance) as unknown as ComplianceCounts,
    };
  }

  /** The view as the projection would have computed it from the same account and rulebook (tenant-views-tables.ts). */
  private accountView(record: AccountRecord): AccountView {
    return accountViewOf(this.json.decode(record.account) as unknown as AccountState, record.rulebook);
  }

  private accountRow(record: AccountRecord): TenantAccountRow {
    return { tenantId: record.tenant_id, account: this.accountView(record) };
  }
}
