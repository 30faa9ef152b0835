import type { EventStore } from '@ledger/event-store';
import { initialTenantState, type Rulebook, type TenantState } from '@ledger/licensing';
import { CHECKPOINT_COST, TENANT_COST } from '../as-of/as-of';
import { tenantIdsInLog, tenantSettled } from '../as-of/log-tenant-ids';
import { stateAsOf } from '../as-of/state-as-of';
import type { TenantCheckpoint, TenantCheckpoints } from '../as-of/tenant-checkpoints';
import { figuresOf, forecastChanges, type TenantFigures } from '../as-of/tenant-figures';
import type { TenantSnapshots } from '../as-of/tenant-snapshots';
import { EventLoopPacer, yieldToEventLoop } from '../runner/event-loop-pacer';
import { foldTenantStream, unfoldedTenant } from '../tenant-fold/fold-tenant-stream';
import type { TenantViewsReads } from '../tenant-views/tenant-views-reads';
import { trendInstants, type TrendInterval, type TrendRequest } from './trend-intervals';
import { TREND_FIGURES, trendFiguresOf, type TrendFigures, type TrendPoint } from './trend-point';

/** SPEC §6 trend of one tenant. */
export interface TenantTrend {
  readonly tenantId: string;
  readonly interval: TrendInterval;
  readonly from: string;
  readonly to: string;
  readonly points: TrendPoint[];
}

/** A point of the all-tenant trend: every figure summed over the tenants that had events by `at`. */
export interface EstateTrendPoint extends TrendFigures {
  readonly at: string;
  /** R9: the rulebook every tenant counted is governed by; null when they are governed by several; with none, the service's. */
  readonly rulebook: Rulebook | null;
  readonly forecast: boolean;
  /** How many tenants had events by `at` (the ones summed). */
  readonly tenants: number;
}

/** SPEC §6 trend of every tenant (`/v1/reports/trend`). */
export interface EstateTrend {
  readonly interval: TrendInterval;
  readonly from: string;
  readonly to: string;
  readonly points: EstateTrendPoint[];
}

/** A tenant at one point: its figures, and its rulebook; `counted` once it has events. */
interface TenantAtPoint {
  readonly figures: TrendFigures;
  readonly rulebook: Rulebook | null;
  readonly counted: boolean;
}

/**
 * Trends (SPEC §5): a tenant's figures at the end of each interval, computed from the log.
 *
 * One pass over each tenant's stream per request: the fold runs forward once and hands out the
 * state as it stood at each point as the first event after that point comes by, exactly where an
 * `asOf` replay to that instant would stop (so every point equals the `asOf` answer at its instant,
 * even when the clocks of several instances disagree). It starts from the tenant's nearest snapshot
 * that a replay to the first point passes through (so also every later one), reads the stream in
 * pages and pauses for the event loop between pages and between tenants. Points after `now` are
 * forecasts from the terms recorded (R13), as `asOf` answers them.
 */
export class TrendReads {
  constructor(
    private readonly store: EventStore,
    private readonly snapshots: TenantSnapshots,
    private readonly checkpoints: TenantCheckpoints,
    private readonly tenantViews: Pick<TenantViewsReads, 'projectedTenants' | 'quota'>,
  ) {}

  /**
   * One tenant's trend; a tenant without events has points of zeros, as its quota view has
   * (`serviceRulebook`: the rulebook its first write would adopt). `request` must be valid (`trendRefusal`).
   */
  async tenant(
    tenantId: string,
    request: TrendRequest,
    now: string,
    serviceRulebook: Rulebook,
  ): Promise<TenantTrend> {
    const instants = trendInstants(request);
    const points: TrendPoint[] = [];
    const pacer = new EventLoopPacer();
    const settled = await tenantSettled(this.store, this.tenantViews, tenantId);
    await this.points(tenantId, settled, instants, now, pacer, (at, { figures, rulebook }) => {
      points.push({ at, rulebook: rulebook ?? serviceRulebook, ...figures, forecast: at > now });
    });
    return { tenantId, ...request, points };
  }

  /** Every tenant's trend summed per point: tenant by tenant, each from its nearest snapshot. */
  async allTenants(request: TrendRequest, now: string, serviceRulebook: Rulebook): Promise<EstateTrend> {
    const instants = trendInstants(request);
    const sums = instants.map(() => ({ figures: zeroFigures(), rulebooks: new Set<Rulebook>(), tenants: 0 }));
    const pacer = new EventLoopPacer();
    const { tenantIds, unsettled } = await tenantIdsInLog(this.store, this.tenantViews, pacer);
    for (const tenantId of tenantIds) {
      let index = 0;
      await this.points(tenantId, !unsettled.has(tenantId), instants, now, pacer, (_at, tenant) => {
        const sum = sums[index++];
        if (sum === undefined || !tenant.counted) return;
        for (const figure of TREND_FIGURES) sum.figures[figure] += tenant.figures[figure];
        sum.rulebooks.add(tenant.rulebook ?? serviceRulebook);
        sum.tenants += 1;
      });
      if (pacer.tick(TENANT_COST)) await yieldToEventLoop();
    }
    const points = instants.map((at, index): EstateTrendPoint => {
      const { figures, rulebooks, tenants } = sums[index]!;
      const rulebook =
        rulebooks.size === 0 ? serviceRulebook : rulebooks.size === 1 ? [...rulebooks][0]! : null;
      return { at, rulebook, ...figures, forecast: at > now, tenants };
    });
    return { ...request, points };
  }

  /**
   * `emit` is called once per instant, in order, with the tenant as `asOf` that instant answers it:
   * for a tenant the views have folded to the end (`settled`), one checkpoint row per instant; for
   * the others, and where a term's end changes a forecast point (R13), the one pass over its stream.
   */
  private async points(
    tenantId: string,
    settled: boolean,
    instants: readonly string[],
    now: string,
    pacer: EventLoopPacer,
    emit: (at: string, tenant: TenantAtPoint) => void,
  ): Promise<void> {
    const rows = settled ? this.checkpointsAt(tenantId, instants, now) : null;
    if (rows === null) return this.fold(tenantId, instants, now, pacer, emit);
    // A row shared by several points (the same object) has the same figures: computed once.
    let last = { figures: NO_EVENT_YET, trend: trendFiguresOf(NO_EVENT_YET) };
    for (const [index, row] of rows.entries()) {
      const figures = row?.figures ?? NO_EVENT_YET;
      if (last.figures !== figures) last = { figures, trend: trendFiguresOf(figures) };
      emit(instants[index]!, {
        figures: last.trend,
        rulebook: figures.quota.rulebook,
        counted: row !== null,
      });
    }
    if (pacer.tick(rows.length * CHECKPOINT_COST)) await yieldToEventLoop();
  }

  /** The tenant's checkpoint at each instant (null: no event yet); null when a forecast point needs the fold. */
  private checkpointsAt(
    tenantId: string,
    instants: readonly string[],
    now: string,
  ): (TenantCheckpoint | null)[] | null {
    const rows: (TenantCheckpoint | null)[] = [];
    for (const at of instants) {
      const row = this.checkpoints.at(tenantId, at);
      if (row !== null && at > now && forecastChanges(row.figures, at)) return null;
      rows.push(row);
    }
    return rows;
  }

  /** The one pass: `emit` is called once per instant, in order, with the tenant as `asOf` that instant answers it. */
  private async fold(
    tenantId: string,
    instants: readonly string[],
    now: string,
    pacer: EventLoopPacer,
    emit: (at: string, tenant: TenantAtPoint) => void,
  ): Promise<void> {
    const snapshot = await this.snapshots.reachedBy(tenantId, instants[0]!, pacer);
    let next = 0;
    let counted = snapshot !== null;
    // A state unchanged between points (the same object) has the same figures: computed once.
    let last: { state: TenantState; figures: TrendFigures } | null = null;
    const emitAt = (state: TenantState) => {
      const at = instants[next++]!;
      const seen = stateAsOf(state, at, now);
      if (last === null || last.state !== seen) {
        last = { state: seen, figures: trendFiguresOf(figuresOf(seen)) };
      }
      emit(at, { figures: last.figures, rulebook: seen.rulebook, counted });
    };
    const folded = await foldTenantStream(this.store, tenantId, snapshot ?? unfoldedTenant(), {
      until: instants.at(-1)!,
      pacer,
      // The first event after a point ends that point's replay: the state before it is the answer.
      observe: (_recorded, decoded, before) => {
        while (next < instants.length && decoded.metadata.occurredAt > instants[next]!) emitAt(before);
        counted = true;
      },
    });
    while (next < instants.length) emitAt(folded.state);
  }
}

/** A tenant before its first event: the figures of the state `evolve` starts from. */
const NO_EVENT_YET: TenantFigures = figuresOf(initialTenantState());

function zeroFigures(): { -readonly [Figure in keyof TrendFigures]: number } {
  return {
    allocation: 0,
    free: 0,
    paid: 0,
    assigned: 0,
    phoneSystemSeats: 0,
    broken: 0,
    nonCompliant: 0,
    monthlyCost: 0,
  };
}
