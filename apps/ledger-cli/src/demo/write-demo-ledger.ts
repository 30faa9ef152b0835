import type { EventStore } from '@ledger/event-store';
import {
  ALLOCATION_POLICIES,
  complianceCountsOf,
  complianceOf,
  decide,
  dueExpiries,
  LEDGER_EVENT_TYPES,
  policyOfRulebook,
  quotaOf,
  rulebookInForce,
  RULEBOOKS,
  tenantStreamName,
  type AllocationPolicy,
  type LedgerCommand,
  type LedgerEventType,
  type Rulebook,
} from '@ledger/licensing';
import { deterministicUuid, stampActivity } from '@ledger/runtime';
import { ActivityBatch } from './activity-batch';
import { AppendPipeline, type PipelinedStream } from './append-pipeline';
import { DemoTenantExistsError } from './demo-errors';
import { type DemoOptions, demoOptionsProblem } from './demo-options';
import { type DemoChunk, scheduleChunks } from './demo-schedule';
import { Prng } from '@ledger/runtime';
import { planTenants, type TenantPlan } from './tenant-plans';
import { TenantScript } from './tenant-script';

/** The actor recorded on every demo event (the API records the token's `sub`). */
export const DEMO_ACTOR = 'demo';
/** R13: the actor of an expiry, as the service's scheduler records it (ledger-api terms/expiry-command.ts). */
export const DEMO_EXPIRY_ACTOR = 'ledger';

export interface DemoProgress {
  readonly events: number;
  readonly targetEvents: number;
  readonly activities: number;
  readonly appends: number;
  readonly elapsedMs: number;
}

export interface DemoSummary {
  readonly tenants: number;
  readonly events: number;
  readonly activities: number;
  readonly appends: number;
  readonly ms: number;
  readonly eventsPerSecond: number;
  readonly eventsByType: Readonly<Record<LedgerEventType, number>>;
  readonly tenantsByPolicy: Readonly<Record<AllocationPolicy, number>>;
  /** R9: tenants per rulebook in force at the end, and how many switched rulebook on the way. */
  readonly tenantsByRulebook: Readonly<Record<Rulebook, number>>;
  readonly rulebookSwitches: number;
  /** R10: Resource Account seats held beyond the free allocation, over all tenants. */
  readonly paidSeats: number;
  /** R13: terms that ended and expired, renewals, and live terms ending within 30 days after --until. */
  readonly expiredTerms: number;
  readonly renewedTerms: number;
  readonly expiringTerms: number;
  /** R11/R12: resource accounts flagged at the end. */
  readonly unlicensedAccounts: number;
  readonly fullLicenseAccounts: number;
  readonly largestTenant: { readonly tenantId: string; readonly events: number };
  readonly smallestTenantEvents: number;
  readonly brokenAccounts: number;
  readonly atRiskAccounts: number;
  readonly overAllocatedTenants: readonly string[];
  /** Commands the domain refused: the generator only proposes valid ones, so this is 0 unless it has a bug. */
  readonly refused: number;
  readonly firstOccurredAt: string | null;
  readonly lastOccurredAt: string | null;
}

interface TenantRun {
  readonly plan: TenantPlan;
  readonly script: TenantScript;
  readonly prng: Prng;
  readonly stream: PipelinedStream;
  at: number;
}

/** Events in flight before the writer waits for the store: about twenty appends per commit. */
const EVENTS_PER_COMMIT = 20_000;

/** Refusals in a row after which the generator is surely stuck rather than unlucky. */
const MAX_CONSECUTIVE_REFUSALS = 1_000;

/**
 * Writes a deterministic, realistic ledger: the same options give the same events, ids included.
 * Every command goes through the domain's `decide`, and every event carries the metadata the API
 * writes (actor `demo`). Several consecutive activities of one tenant share an append for speed;
 * each event keeps its own activity's id, so the ledger reads as if each had been appended alone.
 */
export async function writeDemoLedger(
  store: EventStore,
  options: DemoOptions,
  onProgress?: (progress: DemoProgress) => void,
): Promise<DemoSummary> {
  const problem = demoOptionsProblem(options);
  if (problem !== null) throw new RangeError(problem);
  const started = performance.now();
  const plans = planTenants(options, new Prng(options.seed));
  await assertNotWrittenBefore(store, plans[0].tenantId);

  const totals = new Totals(plans);
  const pipeline = new AppendPipeline(store, EVENTS_PER_COMMIT, (events, appends) => {
    totals.appends = appends;
    onProgress?.({
      events,
      targetEvents: options.events,
      activities: totals.activities,
      appends,
      elapsedMs: performance.now() - started,
    });
  });
  const runs = new Map<number, TenantRun>();
  const until = options.until.getTime();

  for (const chunk of scheduleChunks(plans, options)) {
    const run = runs.get(chunk.tenant) ?? startRun(plans[chunk.tenant], options.seed);
    runs.set(chunk.tenant, run);
    const last = chunk.index === chunk.of - 1;
    const correlationId = `demo-${options.seed}-${chunk.tenant}-${chunk.index}`;
    const batch = new ActivityBatch(options.batchEvents);
    let refusedInARow = 0;

    while (last ? !run.script.finished : run.script.events < chunk.eventsUntil) {
      const at = Math.min(until, nextActivityAt(run, chunk));
      await expireDue(run, at, options.seed, totals, batch, pipeline);
      const command = run.script.nextCommand(new Date(at).toISOString());
      const decision = decide(command, run.script.state);
      if (!decision.ok || decision.events.length === 0) {
        totals.refused += decision.ok ? 0 : 1;
        run.script.refused();
        if ((refusedInARow += 1) > MAX_CONSECUTIVE_REFUSALS) {
          throw new Error(`demo generator stuck on tenant ${run.plan.tenantId}: ${JSON.stringify(command)}`);
        }
        continue;
      }
      refusedInARow = 0;
      run.at = at;
      const activity = { actor: DEMO_ACTOR, correlationId, occurredAt: new Date(at) };
      await appendActivity(run, decision.events, activity, options.seed, totals, batch, pipeline);
    }
    // R13: the terms that ended by --until expire, as the service would have expired them.
    if (last) await expireDue(run, until, options.seed, totals, batch, pipeline);
    await pipeline.append(run.stream, batch.take());
    if (last) {
      totals.tenantFinished(run);
      runs.delete(chunk.tenant);
    }
  }
  await pipeline.drain();
  return totals.summary(performance.now() - started);
}

interface ActivityMeta {
  readonly actor: string;
  readonly correlationId: string;
  readonly occurredAt: Date;
}

/** Stamps one accepted activity with the API's metadata, folds it into the script and batches it. */
async function appendActivity(
  run: TenantRun,
  events: Parameters<TenantScript['record']>[0],
  { actor, correlationId, occurredAt }: ActivityMeta,
  seed: number,
  totals: Totals,
  batch: ActivityBatch,
  pipeline: AppendPipeline,
): Promise<void> {
  const stamped = stampActivity(events, {
    tenantId: run.plan.tenantId,
    // Derived, not random: the same options give the same ids.
    commandId: deterministicUuid(
      'demo-command',
      String(seed),
      run.plan.tenantId,
      String(run.script.activities),
    ),
    actor,
    correlationId,
    occurredAt,
  });
  run.script.record(events, stamped.activityId, occurredAt.toISOString());
  totals.activity(events, occurredAt.toISOString());
  for (const complete of batch.add(stamped.events)) await pipeline.append(run.stream, complete);
}

/**
 * R13: every term of the tenant that ended by `at` expires at its end, through the domain's
 * ExpireSubscription, with the metadata the service's scheduler writes: in time order, before
 * the activity at `at`.
 */
async function expireDue(
  run: TenantRun,
  at: number,
  seed: number,
  totals: Totals,
  batch: ActivityBatch,
  pipeline: AppendPipeline,
): Promise<void> {
  for (const { purchaseId, endsAt } of dueExpiries(run.script.state, new Date(at).toISOString())) {
    const command: LedgerCommand = { type: 'ExpireSubscription', purchaseId, now: endsAt };
    const decision = decide(command, run.script.state);
    if (!decision.ok)
      throw new Error(`demo expiry refused on ${run.plan.tenantId}: ${JSON.stringify(command)}`);
    if (decision.events.length === 0) continue;
    // Never before the tenant's last activity: each stream stays in time order.
    run.at = Math.max(run.at, Date.parse(endsAt));
    const correlationId = `subscription-expiry ${purchaseId} ${endsAt}`;
    const activity = { actor: DEMO_EXPIRY_ACTOR, correlationId, occurredAt: new Date(run.at) };
    await appendActivity(run, decision.events, activity, seed, totals, batch, pipeline);
  }
}

function startRun(plan: TenantPlan, seed: number): TenantRun {
  // One generator per tenant, seeded from (seed, tenant): a tenant's story does not depend on the order of chunks.
  const prng = new Prng(Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(plan.index + 1, 0x85ebca6b));
  return {
    plan,
    script: new TenantScript(plan, prng),
    prng,
    stream: { tenantId: plan.tenantId, streamName: tenantStreamName(plan.tenantId), revision: null },
    at: plan.startsAt - 1000,
  };
}

/** Events per activity, about: most activities are one click, one event. */
const EVENTS_PER_ACTIVITY = 1.15;

/**
 * When the next activity happens: the time left in the chunk's window shared among the activities
 * still expected in it, jittered. Recomputed each time, so an estimate that was off corrects itself
 * instead of pushing the tenant's later activities past the end.
 */
function nextActivityAt(run: TenantRun, chunk: DemoChunk): number {
  const from = Math.max(run.at, chunk.windowStart);
  // Plus two: the last expected activity still leaves time before the window ends.
  const expected = Math.max(0, chunk.eventsUntil - run.script.events) / EVENTS_PER_ACTIVITY + 2;
  const gap = Math.max(0, chunk.windowEnd - from) / expected;
  return from + Math.max(1000, Math.floor(gap * run.prng.between(0.5, 1.5)));
}

async function assertNotWrittenBefore(store: EventStore, tenantId: string): Promise<void> {
  for await (const _event of store.readStream(tenantStreamName(tenantId), { maxCount: 1 })) {
    throw new DemoTenantExistsError(tenantId);
  }
}

/** What the data set holds, counted as it is written. */
class Totals {
  events = 0;
  activities = 0;
  appends = 0;
  refused = 0;
  private readonly eventsByType = Object.fromEntries(LEDGER_EVENT_TYPES.map((type) => [type, 0])) as Record<
    LedgerEventType,
    number
  >;
  private readonly tenantsByPolicy = Object.fromEntries(
    ALLOCATION_POLICIES.map((policy) => [policy, 0]),
  ) as Record<AllocationPolicy, number>;
  private readonly tenantsByRulebook = Object.fromEntries(
    RULEBOOKS.map((rulebook) => [rulebook, 0]),
  ) as Record<Rulebook, number>;
  private paidSeats = 0;
  private expiring = 0;
  private unlicensed = 0;
  private fullLicense = 0;
  private largest = { tenantId: '', events: -1 };
  private smallest = Number.POSITIVE_INFINITY;
  private broken = 0;
  private atRisk = 0;
  private readonly overAllocated: string[] = [];
  private first: string | null = null;
  private last: string | null = null;

  constructor(private readonly plans: readonly TenantPlan[]) {}

  activity(events: readonly { readonly type: LedgerEventType }[], occurredAt: string): void {
    this.activities += 1;
    this.events += events.length;
    for (const event of events) this.eventsByType[event.type] += 1;
    if (this.first === null || occurredAt < this.first) this.first = occurredAt;
    if (this.last === null || occurredAt > this.last) this.last = occurredAt;
  }

  tenantFinished({ plan, script }: TenantRun): void {
    const rulebook = rulebookInForce(script.state);
    this.tenantsByRulebook[rulebook] += 1;
    this.tenantsByPolicy[policyOfRulebook(rulebook)] += 1;
    const quota = quotaOf(script.state, new Date(plan.until).toISOString());
    this.paidSeats += quota.virtualUser.paid.held;
    this.expiring += quota.expiring.length;
    const compliance = complianceCountsOf(
      [...script.state.accounts.values()].map((account) => ({
        compliance: complianceOf(account, script.state.rulebook),
      })),
    );
    this.unlicensed += compliance.UNLICENSED;
    this.fullLicense += compliance.FULL_LICENCE;
    if (script.events > this.largest.events)
      this.largest = { tenantId: plan.tenantId, events: script.events };
    this.smallest = Math.min(this.smallest, script.events);
    this.broken += script.brokenAccounts;
    this.atRisk += script.atRiskAccounts;
    if (quotaOf(script.state).overAllocated) this.overAllocated.push(plan.tenantId);
  }

  summary(ms: number): DemoSummary {
    return {
      tenants: this.plans.length,
      events: this.events,
      activities: this.activities,
      appends: this.appends,
      ms: Math.round(ms),
      eventsPerSecond: Math.round(this.events / Math.max(ms / 1000, 0.001)),
      eventsByType: this.eventsByType,
      tenantsByPolicy: this.tenantsByPolicy,
      tenantsByRulebook: this.tenantsByRulebook,
      // The first adoption of each tenant is no switch.
      rulebookSwitches: this.eventsByType.RulebookAdopted - this.plans.length,
      paidSeats: this.paidSeats,
      expiredTerms: this.eventsByType.SubscriptionExpired,
      renewedTerms: this.eventsByType.SubscriptionRenewed,
      expiringTerms: this.expiring,
      unlicensedAccounts: this.unlicensed,
      fullLicenseAccounts: this.fullLicense,
      largestTenant: this.largest,
      smallestTenantEvents: this.smallest,
      brokenAccounts: this.broken,
      atRiskAccounts: this.atRisk,
      overAllocatedTenants: [...this.overAllocated].sort(),
      refused: this.refused,
      firstOccurredAt: this.first,
      lastOccurredAt: this.last,
    };
  }
}
