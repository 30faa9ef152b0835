import type { EventStore } from '@ledger/event-store';
import {
  initialTenantState,
  quotaOf,
  quotaReadAt,
  type QuotaView,
  type TenantState,
} from '@ledger/licensing';
import { EventLoopPacer, yieldToEventLoop } from '../runner/event-loop-pacer';
import { foldTenantStream, unfoldedTenant } from '../tenant-fold/fold-tenant-stream';
import type { TenantViewsReads } from '../tenant-views/tenant-views-reads';
import { stateAsOf } from './state-as-of';
import { tenantIdsInLog, tenantSettled } from './log-tenant-ids';
import type { TenantCheckpoints } from './tenant-checkpoints';
import { figuresOf, forecastChanges, type TenantFigures } from './tenant-figures';
import type { TenantSnapshots } from './tenant-snapshots';

export interface TenantAsOf {
  readonly tenantId: string;
  readonly state: TenantState;
  /** Revision of the last event at or before the instant; null when the tenant had none yet. */
  readonly revision: bigint | null;
  readonly position: bigint | null;
}

/** A tenant's figures as they stood at an instant: what the quota report over every tenant shows. */
export interface TenantFiguresAsOf {
  readonly tenantId: string;
  readonly figures: TenantFigures;
  /** Revision and global position of the last event at or before the instant. */
  readonly revision: bigint;
  readonly position: bigint;
}

/** A tenant's quota view at an instant (SPEC §3 `GET …/quota?asOf=`), as the quota report over every tenant says it. */
export interface QuotaAsOf {
  readonly quota: QuotaView;
  /** Global position of the last event at or before the instant; null when the tenant had none yet. */
  readonly position: bigint | null;
}

/** A tenant of a report costs a snapshot lookup and a stream read: counted as this many events. */
export const TENANT_COST = 10;

/** A checkpoint row read (an index seek and its figures parsed): counted as this many events. */
export const CHECKPOINT_COST = 5;

/**
 * Tenants as they stood at an instant (SPEC §3 `asOf`): each tenant's stream replayed through the
 * domain's `evolve` up to that instant, or, for the figures of every tenant, read off the
 * checkpoints the tenant views keep of that replay (tenant-checkpoints.ts). The stream is read in
 * order and the replay stops at the first event that occurred later, so an answer is always a prefix of the log — a state that
 * really existed — even when the clocks of several instances disagree.
 *
 * The replay starts from the tenant's nearest snapshot that this prefix passes through (kept by
 * the tenant views every few events), so its cost is bounded by the snapshot interval, not by the
 * tenant's history. Snapshots only exist up to the projections' checkpoint; the rest comes from
 * the log, so a lagging or rebuilding projection makes an answer slower, never different.
 * Every replay pauses for the event loop between pages and between tenants.
 */
export class AsOfReads {
  constructor(
    private readonly store: EventStore,
    private readonly snapshots: TenantSnapshots,
    private readonly checkpoints: TenantCheckpoints,
    private readonly tenantViews: Pick<TenantViewsReads, 'projectedTenants' | 'quota'>,
  ) {}

  /**
   * `instant`: canonical ISO-8601 UTC (see `canonicalInstant`), compared with `occurredAt` as text.
   * `now` (canonical too), when given: an instant after it is a forecast from the terms recorded
   * (R13 `forecastAt`); how far ahead may be asked is the caller's limit (`forecastRefusal`).
   */
  tenant(tenantId: string, instant: string, now?: string): Promise<TenantAsOf> {
    return this.replay(tenantId, instant, new EventLoopPacer(), now);
  }

  /**
   * The tenant's quota view at `instant` (`now` as for `tenant`). Issue 18 (`asOf` of a 50,000-event
   * tenant, p99 ≤ 20 ms): when the views have folded the tenant to the end, one checkpoint row, as
   * the quota report reads it — no snapshot decoded, no event folded, whatever the tenant's size.
   */
  async quota(tenantId: string, instant: string, now?: string): Promise<QuotaAsOf> {
    const settled = await tenantSettled(this.store, this.tenantViews, tenantId);
    const { past } = await this.figuresAt(tenantId, instant, settled, new EventLoopPacer(), now);
    // R13: the figures keep every live term; `expiring` lists those ending within 30 days of the instant.
    if (past !== null) return { quota: quotaReadAt(past.figures.quota, instant), position: past.position };
    // No event by then: the quota view of the state `evolve` starts from.
    return { quota: quotaOf(initialTenantState(), instant), position: null };
  }

  /**
   * Every tenant that had events by `instant`, sorted by tenant id, with its figures (the quota
   * report). Each tenant the views have folded to the end is one row of its checkpoints (the last at
   * or before the instant); the others (a lagging projection, a stream held behind a parked event)
   * and forecasts that a term's end changes are replayed from their nearest snapshot, as `tenant` does.
   */
  async allTenants(instant: string, now?: string): Promise<TenantFiguresAsOf[]> {
    const pacer = new EventLoopPacer();
    const { tenantIds, unsettled } = await tenantIdsInLog(this.store, this.tenantViews, pacer);
    const tenants: TenantFiguresAsOf[] = [];
    for (const tenantId of tenantIds) {
      const { past, cost } = await this.figuresAt(tenantId, instant, !unsettled.has(tenantId), pacer, now);
      if (past !== null) tenants.push(past);
      if (pacer.tick(cost)) await yieldToEventLoop();
    }
    return tenants;
  }

  /**
   * The tenant's figures at `instant`; null when it had no event by then. `settled`: the views have
   * folded its stream to the end (`tenantSettled`), so its checkpoint row answers, unless a forecast
   * ends one of its terms by then (R13); otherwise it is replayed. `cost`: what the pacer counts.
   */
  private async figuresAt(
    tenantId: string,
    instant: string,
    settled: boolean,
    pacer: EventLoopPacer,
    now: string | undefined,
  ): Promise<{ past: TenantFiguresAsOf | null; cost: number }> {
    const row = settled ? this.checkpoints.at(tenantId, instant) : null;
    // Settled and no row by then: the tenant had no event yet.
    if (settled && row === null) return { past: null, cost: CHECKPOINT_COST };
    const forecast = now !== undefined && instant > now;
    if (row !== null && !(forecast && forecastChanges(row.figures, instant))) {
      const { figures, revision, position } = row;
      return { past: { tenantId, figures, revision, position }, cost: CHECKPOINT_COST };
    }
    const { state, revision, position } = await this.replay(tenantId, instant, pacer, now);
    const past =
      revision === null || position === null
        ? null
        : { tenantId, figures: figuresOf(state), revision, position };
    return { past, cost: TENANT_COST };
  }

  private async replay(
    tenantId: string,
    instant: string,
    pacer: EventLoopPacer,
    now: string | undefined,
  ): Promise<TenantAsOf> {
    const snapshot = await this.snapshots.reachedBy(tenantId, instant, pacer);
    const { state, revision, position } = await foldTenantStream(
      this.store,
      tenantId,
      snapshot ?? unfoldedTenant(),
      { until: instant, pacer },
    );
    // R13: the future is the log so far, with every term ended by then expired.
    return {
      tenantId,
      state: now === undefined ? state : stateAsOf(state, instant, now),
      revision,
      position,
    };
  }
}
