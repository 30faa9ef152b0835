import type { AccountStatusName, AccountView } from '@ledger/licensing';
import type { ProjectionDb } from './database/projection-db';
import { HistoryReads, type HistoryFilter, type HistoryPage } from './history/history-reads';
import { KeyedActivitiesReads, type KeyedActivityRow } from './keyed-activities/keyed-activities-reads';
import {
  TenantViewsReads,
  type ProjectedTenants,
  type TenantAccountRow,
  type TenantQuotaRow,
  type TermEndRow,
} from './tenant-views/tenant-views-reads';

/** Every read of the projected rows, one door for the API and the CLI; each projection's reads sit beside it. */
export class ReadModels {
  private readonly tenantViews: TenantViewsReads;
  private readonly historyReads: HistoryReads;
  private readonly keyedActivities: KeyedActivitiesReads;

  constructor(db: ProjectionDb) {
    this.tenantViews = new TenantViewsReads(db);
    this.historyReads = new HistoryReads(db);
    this.keyedActivities = new KeyedActivitiesReads(db);
  }

  keyedActivity(tenantId: string, idempotencyKey: string): KeyedActivityRow | null {
    return this.keyedActivities.keyedActivity(tenantId, idempotencyKey);
  }

  quota(tenantId: string): TenantQuotaRow | null {
    return this.tenantViews.quota(tenantId);
  }

  allQuotas(): IterableIterator<TenantQuotaRow> {
    return this.tenantViews.allQuotas();
  }

  quotasAfter(after: string, limit: number): TenantQuotaRow[] {
    return this.tenantViews.quotasAfter(after, limit);
  }

  projectedTenants(): ProjectedTenants {
    return this.tenantViews.projectedTenants();
  }

  termsEndedBy(nowMs: number, limit: number, after?: TermEndRow): TermEndRow[] {
    return this.tenantViews.termsEndedBy(nowMs, limit, after);
  }

  nextTermEndAfter(nowMs: number): number | null {
    return this.tenantViews.nextTermEndAfter(nowMs);
  }

  account(tenantId: string, accountId: string): AccountView | null {
    return this.tenantViews.account(tenantId, accountId);
  }

  accounts(tenantId: string, status?: AccountStatusName): AccountView[] {
    return this.tenantViews.accounts(tenantId, status);
  }

  accountsWithStatus(status: AccountStatusName): IterableIterator<TenantAccountRow> {
    return this.tenantViews.accountsWithStatus(status);
  }

  accountsWithStatusBetween(status: AccountStatusName, first: string, last: string): TenantAccountRow[] {
    return this.tenantViews.accountsWithStatusBetween(status, first, last);
  }

  history(tenantId: string, filter: HistoryFilter): HistoryPage {
    return this.historyReads.history(tenantId, filter);
  }
}
