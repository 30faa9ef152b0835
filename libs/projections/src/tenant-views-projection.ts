import type { EventStore } from '@ledger/event-store';
import {
  accountViewOf,
  decodeLedgerEvent,
  evolve,
  initialTenantState,
  quotaOf,
  tenantStreamName,
  type TenantState,
} from '@ledger/licensing';
import type { LedgerProjection } from './ledger-projection';
import type { ProjectedEvent } from './projected-event';
import type { ProjectionDb } from './projection-database';
import { DEFAULT_SNAPSHOT_EVERY, TenantSnapshots } from './tenant-snapshots';

interface CachedTenant {
  state: TenantState;
  /** Revision of the last event folded. */
  revision: bigint;
  /** Latest occurredAt of the events folded; '' before the first. */
  reachedAt: string;
  /** Revision of the tenant's latest snapshot; -1 before the first. */
  snapshotRevision: bigint;
}

/**
 * A snapshot costs about one unit per entry of the state's maps (accounts, purchases, numbers)
 * to write and to read. Taken at most once every entries / this many events, its writing costs
 * each event at most this many units, and an as-of read replays at most entries / this many
 * events after decoding its entries: both bounded by the state's size, never by the history's.
 */
const EVENTS_PER_SNAPSHOT_ENTRY_RATIO = 4n;

function entriesOf(state: TenantState): bigint {
  return BigInt(
    state.accounts.size +
      state.purchases.size +
      state.cancelledPurchases.size +
      state.phoneNumberHolders.size,
  );
}

/** The projection's name: its checkpoint's key. */
export const TENANT_VIEWS_PROJECTION = 'tenant-views';

export interface TenantViewsOptions {
  /**
   * A snapshot of the tenant's state after this many of its events since the last one (more for
   * a large state: see EVENTS_PER_SNAPSHOT_ENTRY_RATIO); as-of replays start there.
   */
  readonly snapshotEvery?: number;
}

/** Tenants whose state stays in memory between batches; others are re-folded from their stream on demand. */
const MAX_CACHED_TENANTS = 20_000;

function accountIdOf(event: ProjectedEvent['event']): string | undefined {
  return 'accountId' in event.data ? event.data.accountId : undefined;
}

/**
 * Per tenant: the quota view (SPEC §3, incl. overAllocated) and every account's view with its
 * split-swap status (R6); the status column is the broken-accounts index across tenants.
 * It folds with the domain's own `evolve`, so the read side can never count seats differently.
 * Every `snapshotEvery` events of a tenant (more for a large state) it also keeps a snapshot of
 * the folded state, so an as-of read (as-of.ts) or a re-fold after a restart replays at most that
 * many events.
 */
export class TenantViewsProjection implements LedgerProjection {
  readonly name = TENANT_VIEWS_PROJECTION;
  private readonly tenants = new Map<string, CachedTenant>();
  private readonly statements;
  private readonly snapshots: TenantSnapshots;
  private readonly snapshotEvery: bigint;

  constructor(
    private readonly db: ProjectionDb,
    private readonly store: EventStore,
    options: TenantViewsOptions = {},
    /** Events an operator skipped (SPEC §5): a tenant's state is folded without them. */
    private readonly isSkipped: (position: bigint) => boolean = () => false,
  ) {
    this.snapshots = new TenantSnapshots(db);
    this.snapshotEvery = BigInt(Math.max(1, options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY));
    this.statements = {
      upsertQuota: db.prepare<[string, number, string, string]>(
        `INSERT INTO tenant_quota (tenant_id, revision, position, quota_json) VALUES (?, ?, ?, ?)
         ON CONFLICT (tenant_id) DO UPDATE SET revision = excluded.revision, position = excluded.position, quota_json = excluded.quota_json`,
      ),
      upsertAccount: db.prepare<[string, string, string, string]>(
        `INSERT INTO tenant_accounts (tenant_id, account_id, status, view_json) VALUES (?, ?, ?, ?)
         ON CONFLICT (tenant_id, account_id) DO UPDATE SET status = excluded.status, view_json = excluded.view_json`,
      ),
      deleteAccount: db.prepare<[string, string]>(
        'DELETE FROM tenant_accounts WHERE tenant_id = ? AND account_id = ?',
      ),
    };
  }

  async prepare(batch: readonly ProjectedEvent[]): Promise<void> {
    const firstRevisions = new Map<string, bigint>();
    for (const projected of batch) {
      if (!this.tenants.has(projected.tenantId) && !firstRevisions.has(projected.tenantId)) {
        firstRevisions.set(projected.tenantId, projected.revision);
      }
    }
    for (const [tenantId, firstRevision] of firstRevisions) {
      this.tenants.set(tenantId, await this.foldStreamBefore(tenantId, firstRevision));
    }
  }

  apply(batch: readonly ProjectedEvent[]): void {
    const touched = new Map<string, { tenant: CachedTenant; position: bigint; accounts: Set<string> }>();
    for (const projected of batch) {
      const tenant = this.tenants.get(projected.tenantId);
      if (tenant === undefined) throw new Error(`tenant ${projected.tenantId} was not prepared`);
      if (projected.revision <= tenant.revision) continue;
      tenant.state = evolve(tenant.state, {
        event: projected.event,
        activityId: projected.metadata.activityId,
        occurredAt: projected.metadata.occurredAt,
      });
      tenant.revision = projected.revision;
      const { occurredAt } = projected.metadata;
      if (occurredAt > tenant.reachedAt) tenant.reachedAt = occurredAt;
      if (this.snapshotDue(tenant)) {
        tenant.snapshotRevision = projected.revision;
        this.snapshots.save({
          tenantId: projected.tenantId,
          revision: projected.revision,
          position: projected.position,
          occurredAt,
          reachedAt: tenant.reachedAt,
          state: tenant.state,
        });
      }
      const entry = touched.get(projected.tenantId) ?? {
        tenant,
        position: projected.position,
        accounts: new Set<string>(),
      };
      entry.position = projected.position;
      const accountId = accountIdOf(projected.event);
      if (accountId !== undefined) entry.accounts.add(accountId);
      touched.set(projected.tenantId, entry);
    }

    for (const [tenantId, { tenant, position, accounts }] of touched) {
      this.statements.upsertQuota.run(
        tenantId,
        Number(tenant.revision),
        position.toString(),
        JSON.stringify(quotaOf(tenant.state)),
      );
      for (const accountId of accounts) {
        const account = tenant.state.accounts.get(accountId);
        if (account === undefined) {
          this.statements.deleteAccount.run(tenantId, accountId);
        } else {
          this.statements.upsertAccount.run(
            tenantId,
            accountId,
            account.status.status,
            JSON.stringify(accountViewOf(account)),
          );
        }
      }
    }
    this.evictBeyondLimit();
  }

  rolledBack(): void {
    // Cached states may be ahead of the rows now; re-fold from the log on the next batch.
    this.tenants.clear();
  }

  reset(): void {
    this.tenants.clear();
    this.db.exec('DELETE FROM tenant_quota; DELETE FROM tenant_accounts;');
    this.snapshots.clear();
  }

  /**
   * The state a tenant had before `revision`: what the rows say, re-folded after a restart or an
   * eviction from the nearest snapshot before it, and from the log after that.
   */
  private async foldStreamBefore(tenantId: string, revision: bigint): Promise<CachedTenant> {
    const snapshot = revision > 0n ? await this.snapshots.before(tenantId, revision) : null;
    let state = snapshot?.state ?? initialTenantState();
    let last = snapshot?.revision ?? -1n;
    let reachedAt = snapshot?.reachedAt ?? '';
    if (revision > last + 1n) {
      for await (const recorded of this.store.readStream(tenantStreamName(tenantId), {
        fromRevision: last + 1n,
        maxCount: Number(revision - last - 1n),
      })) {
        last = recorded.revision;
        if (this.isSkipped(recorded.position)) continue;
        const { event, metadata } = decodeLedgerEvent(recorded);
        state = evolve(state, { event, activityId: metadata.activityId, occurredAt: metadata.occurredAt });
        if (metadata.occurredAt > reachedAt) reachedAt = metadata.occurredAt;
      }
    }
    return { state, revision: last, reachedAt, snapshotRevision: snapshot?.revision ?? -1n };
  }

  /** Whether to snapshot the tenant after the event just folded (its revision is `tenant.revision`). */
  private snapshotDue(tenant: CachedTenant): boolean {
    const since = tenant.revision - tenant.snapshotRevision;
    if (since < this.snapshotEvery) return false;
    return since * EVENTS_PER_SNAPSHOT_ENTRY_RATIO >= entriesOf(tenant.state);
  }

  private evictBeyondLimit(): void {
    let excess = this.tenants.size - MAX_CACHED_TENANTS;
    for (const tenantId of this.tenants.keys()) {
      if (excess-- <= 0) break;
      this.tenants.delete(tenantId);
    }
  }
}
