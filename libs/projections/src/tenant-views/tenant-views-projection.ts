import { CompactJson, Dictionary, type EventStore, type JsonObject } from '@ledger/event-store';
import {
  expiringTerms,
  quotaOf,
  sameQuotaInputs,
  type LedgerEvent,
  type TenantState,
} from '@ledger/licensing';
import { TenantCheckpoints } from '../as-of/tenant-checkpoints';
import { accountTallyAfter, accountTallyOf, figuresOf, type AccountTally } from '../as-of/tenant-figures';
import { DEFAULT_SNAPSHOT_EVERY, TenantSnapshots } from '../as-of/tenant-snapshots';
import type { ProjectionDb } from '../database/projection-db';
import type { ProjectedEvent } from '../runner/projected-event';
import type { LedgerProjection } from '../runner/projection';
import {
  foldedWith,
  foldTenantStream,
  unfoldedTenant,
  type FoldedTenant,
} from '../tenant-fold/fold-tenant-stream';
import { LruCache } from '../tenant-fold/lru-cache';

interface CachedTenant {
  folded: FoldedTenant;
  /** Revision of the tenant's latest snapshot; -1 before the first. */
  snapshotRevision: bigint;
  /** Of `folded.state`, kept from event to event (tenant-figures.ts). */
  tally: AccountTally;
  /** The figures of its last checkpoint row (as JSON); null after a re-fold, so the next row carries them. */
  figuresJson: string | null;
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
export const MAX_CACHED_VIEW_TENANTS = 20_000;

/** R13: the events that start, move or end a subscription term (the term-ends index follows them). */
const TERM_EVENTS: ReadonlySet<LedgerEvent['type']> = new Set([
  'LicensePurchased',
  'LicensePurchaseCancelled',
  'SubscriptionRenewed',
  'SubscriptionExpired',
]);

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
  private readonly tenants = new LruCache<string, CachedTenant>(MAX_CACHED_VIEW_TENANTS);
  private readonly statements;
  private readonly snapshots: TenantSnapshots;
  private readonly checkpoints: TenantCheckpoints;
  private readonly snapshotEvery: bigint;
  /** Of this file, shared with the checkpoints; committed with each batch. */
  private readonly dictionary: Dictionary;
  /** The views' rows are compact JSON (tenant-views-tables.ts). */
  private readonly json: CompactJson;

  constructor(
    private readonly db: ProjectionDb,
    private readonly store: EventStore,
    options: TenantViewsOptions = {},
    /** Events an operator skipped (SPEC §5): a tenant's state is folded without them. */
    private readonly isSkipped: (position: bigint) => boolean = () => false,
  ) {
    this.snapshots = new TenantSnapshots(db);
    this.dictionary = new Dictionary(db);
    this.json = new CompactJson(this.dictionary);
    this.checkpoints = new TenantCheckpoints(db, this.dictionary);
    this.snapshotEvery = BigInt(Math.max(1, options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY));
    this.statements = {
      upsertQuota: db.prepare<[string, number, string, Buffer, Buffer]>(
        `INSERT INTO tenant_quota (tenant_id, revision, position, quota, compliance) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id) DO UPDATE SET revision = excluded.revision, position = excluded.position,
           quota = excluded.quota, compliance = excluded.compliance`,
      ),
      upsertAccount: db.prepare<[string, string, string, string | null, Buffer]>(
        `INSERT INTO tenant_accounts (tenant_id, account_id, status, rulebook, account) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, account_id) DO UPDATE SET status = excluded.status, rulebook = excluded.rulebook,
           account = excluded.account`,
      ),
      deleteAccount: db.prepare<[string, string]>(
        'DELETE FROM tenant_accounts WHERE tenant_id = ? AND account_id = ?',
      ),
      deleteTermEnds: db.prepare<[string]>('DELETE FROM tenant_term_ends WHERE tenant_id = ?'),
      insertTermEnd: db.prepare<[string, string, string, number]>(
        'INSERT INTO tenant_term_ends (tenant_id, purchase_id, ends_at, ends_at_ms) VALUES (?, ?, ?, ?)',
      ),
    };
  }

  async prepare(batch: readonly ProjectedEvent[]): Promise<void> {
    const seen = new Set<string>();
    const firstRevisions = new Map<string, bigint>();
    for (const { tenantId, revision } of batch) {
      if (seen.has(tenantId)) continue;
      seen.add(tenantId);
      // `get` marks a cached tenant as used, so folding the others in cannot evict it.
      if (this.tenants.get(tenantId) === undefined) firstRevisions.set(tenantId, revision);
    }
    for (const [tenantId, firstRevision] of firstRevisions) {
      this.tenants.set(tenantId, await this.foldStreamBefore(tenantId, firstRevision));
    }
  }

  apply(batch: readonly ProjectedEvent[]): void {
    const touched = new Map<
      string,
      { tenant: CachedTenant; position: bigint; accounts: Set<string>; terms: boolean }
    >();
    for (const projected of batch) {
      const tenant = touched.get(projected.tenantId)?.tenant ?? this.tenants.get(projected.tenantId);
      if (tenant === undefined) throw new Error(`tenant ${projected.tenantId} was not prepared`);
      const { folded } = tenant;
      if (folded.revision !== null && projected.revision <= folded.revision) continue;
      tenant.folded = foldedWith(folded, projected, projected);
      const accountId = accountIdOf(projected.event);
      this.saveCheckpoint(projected, tenant, folded.state, accountId);
      // SPEC §5: the state before an erasure is in the older snapshots; the erased state starts the next.
      const erasure = projected.event.type === 'PersonalDataErased';
      if (erasure || this.snapshotDue(tenant, projected.revision)) {
        tenant.snapshotRevision = projected.revision;
        this.snapshots.save({
          tenantId: projected.tenantId,
          revision: projected.revision,
          position: projected.position,
          occurredAt: projected.metadata.occurredAt,
          reachedAt: tenant.folded.reachedAt,
          state: tenant.folded.state,
        });
        if (erasure) this.snapshots.forgetBefore(projected.tenantId, projected.revision);
      }
      const entry = touched.get(projected.tenantId) ?? {
        tenant,
        position: projected.position,
        accounts: new Set<string>(),
        terms: false,
      };
      entry.position = projected.position;
      if (TERM_EVENTS.has(projected.event.type)) entry.terms = true;
      if (accountId !== undefined) entry.accounts.add(accountId);
      // R11/R12: every account's compliance follows the rulebook in force.
      // SPEC §5: and every account's display name and number, once erased.
      if (projected.event.type === 'RulebookAdopted' || erasure) {
        for (const id of tenant.folded.state.accounts.keys()) entry.accounts.add(id);
      }
      touched.set(projected.tenantId, entry);
    }

    for (const [tenantId, { tenant, position, accounts, terms }] of touched) {
      const { state, revision } = tenant.folded;
      this.statements.upsertQuota.run(
        tenantId,
        Number(revision),
        position.toString(),
        this.json.encode(quotaOf(state) as unknown as JsonObject),
        // The tally the checkpoints keep up event by event: counting every account again for each
        // slice held the event loop for the bench's long tenant (bench/profile-rebuild.ts).
        this.json.encode(tenant.tally.compliance as unknown as JsonObject),
      );
      for (const accountId of accounts) {
        const account = state.accounts.get(accountId);
        if (account === undefined) {
          this.statements.deleteAccount.run(tenantId, accountId);
        } else {
          this.statements.upsertAccount.run(
            tenantId,
            accountId,
            account.status.status,
            state.rulebook,
            this.json.encode(account as unknown as JsonObject),
          );
        }
      }
      if (terms) this.writeTermEnds(tenantId, state);
    }
  }

  /** The tenant's checkpoint row after `projected`, just folded (tenant-checkpoints.ts: the invariant). */
  private saveCheckpoint(
    projected: ProjectedEvent,
    tenant: CachedTenant,
    before: TenantState,
    accountId: string | undefined,
  ): void {
    const { state, reachedAt } = tenant.folded;
    const tally = accountTallyAfter(tenant.tally, before, state, accountId);
    // Most events change neither the quota's inputs nor the tally: the figures are not computed again.
    const unchanged = tenant.figuresJson !== null && tally === tenant.tally && sameQuotaInputs(before, state);
    const figures = unchanged ? null : figuresOf(state, tally);
    const figuresJson = figures === null ? tenant.figuresJson : JSON.stringify(figures);
    this.checkpoints.save({
      tenantId: projected.tenantId,
      reachedAt,
      revision: projected.revision,
      position: projected.position,
      figures: figuresJson === tenant.figuresJson ? null : figures,
    });
    tenant.tally = tally;
    tenant.figuresJson = figuresJson;
  }

  /** R13: the tenant's live terms, replaced whole (a tenant holds few): the scheduler's index. */
  private writeTermEnds(tenantId: string, state: TenantState): void {
    this.statements.deleteTermEnds.run(tenantId);
    for (const { purchaseId, endsAt } of expiringTerms(state)) {
      this.statements.insertTermEnd.run(tenantId, purchaseId, endsAt, Date.parse(endsAt));
    }
  }

  committed(): void {
    this.dictionary.committed();
  }

  rolledBack(): void {
    // Cached states may be ahead of the rows now; re-fold from the log on the next batch.
    this.tenants.clear();
    this.checkpoints.rolledBack();
  }

  readonly resetSql =
    'DELETE FROM tenant_quota; DELETE FROM tenant_accounts; DELETE FROM tenant_term_ends; ' +
    `${TenantSnapshots.CLEAR_SQL}; ${TenantCheckpoints.CLEAR_SQL};`;

  reset(): void {
    this.tenants.clear();
    this.db.exec(this.resetSql);
  }

  /**
   * The state a tenant had before `revision`: what the rows say, re-folded after a restart or an
   * eviction from the nearest snapshot before it, and from the log after that.
   */
  private async foldStreamBefore(tenantId: string, revision: bigint): Promise<CachedTenant> {
    const snapshot = revision > 0n ? await this.snapshots.before(tenantId, revision) : null;
    const folded = await foldTenantStream(this.store, tenantId, snapshot ?? unfoldedTenant(), {
      throughRevision: revision - 1n,
      isSkipped: (recorded) => this.isSkipped(recorded.position),
    });
    return {
      folded,
      snapshotRevision: snapshot?.revision ?? -1n,
      tally: accountTallyOf(folded.state),
      figuresJson: null,
    };
  }

  /** Whether to snapshot the tenant after the event at `revision`, just folded. */
  private snapshotDue(tenant: CachedTenant, revision: bigint): boolean {
    const since = revision - tenant.snapshotRevision;
    if (since < this.snapshotEvery) return false;
    return since * EVENTS_PER_SNAPSHOT_ENTRY_RATIO >= entriesOf(tenant.folded.state);
  }
}
