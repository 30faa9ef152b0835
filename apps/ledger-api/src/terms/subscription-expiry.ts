import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@ledger/event-store';
import { TENANT_STREAM_PREFIX, tenantStreamName } from '@ledger/licensing';
import { LedgerProjections, LruCache, type TermEndRow } from '@ledger/projections';
import type { LedgerConfig } from '@ledger/runtime';
import { CLOCK, type Clock } from '../commands/record-license-activity.handler';
import { LedgerMetrics } from '../observability/ledger-metrics';
import { EVENT_STORE } from '../store/event-store.tokens';
import { expiryActivity, expiryKeyOf } from './expiry-command';
import { ExpiryMetrics, type ExpiryOutcome } from './expiry-metrics';

/** Ended terms read from the index per page. */
const PAGE_SIZE = 500;
/** How long a run waits for the projections to reach the log's head before going on with the index as it is. */
const CATCH_UP_WAIT_MS = 5_000;
/** The shortest wait between two runs: a pinned or jumping clock cannot make the timer spin. */
const MIN_DELAY_MS = 100;
/**
 * Terms this instance has seen through, remembered so that no run sends them again. While the
 * projections catch up from far behind (an empty projection file after an upgrade), the index
 * holds every term whose purchase they have folded and whose expiry they have not reached yet:
 * without this, each run while behind (every few seconds) sent all of them again, a fold of the
 * tenant for each one not in the write-model cache (a 10,000,000-event log holds ~50,000
 * expiries). Sized above that; a key is never needed again once the views fold its term's end, so
 * losing the oldest costs one more no-op each.
 */
const REMEMBERED_TERMS = 100_000;

/**
 * R13: at a term's end the service itself appends `SubscriptionExpired`.
 *
 * Which terms have ended comes from the tenant views' index of live term ends (one range scan,
 * whatever the number of tenants; no replay of the log per run). Each ended term is sent through
 * the command bus as a licence activity whose ids derive from (tenant, purchase, end), so any
 * number of instances, restarts and retries record it once (expiry-command.ts); the handler
 * decides on the log, not on the index, so a stale index costs a no-op, never a wrong event, and
 * each instance sends a term it has seen through only once.
 *
 * Runs: one at start (terms that ended while the service was down expire as soon as it is back),
 * then at the next term's end or after `LEDGER_EXPIRY_INTERVAL_MS`, whichever comes first. Each
 * run first waits (bounded) for the projections to reach the log's head; while they are behind
 * (a catch-up from an empty projection file after an upgrade) it goes on with the index as it
 * stands and runs again shortly. While they rebuild (`POST /v1/admin/projections/rebuild`), it
 * sends nothing and looks again shortly: the rebuild refills the index from the start of the
 * log, so until it ends the index lists terms whose expiry the log already holds.
 * Runs never overlap; the timer is unref'd and stops with the application, which waits for a
 * run under way.
 */
@Injectable()
export class SubscriptionExpiry implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SubscriptionExpiry.name);
  private readonly metrics: ExpiryMetrics;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly stopping: Promise<void>;
  private signalStop: () => void = () => undefined;
  /** By tenant and expiry key: terms expired here, or found expired, renewed or cancelled in the log. */
  private readonly seenThrough = new LruCache<string, true>(REMEMBERED_TERMS);

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: LedgerProjections,
    @Inject(CLOCK) private readonly clock: Clock,
    config: ConfigService<{ ledger: LedgerConfig }, true>,
    metrics: LedgerMetrics,
  ) {
    this.intervalMs = config.get('ledger', { infer: true }).expiryIntervalMs;
    this.metrics = new ExpiryMetrics(metrics.registry);
    this.stopping = new Promise((resolve) => (this.signalStop = resolve));
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Before the projections and the store close (their hooks come after every onModuleDestroy). */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.signalStop();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /**
   * One run, after any run under way: runs never overlap. The timer calls it; so may a test, to
   * pin when. Resolves false when the projections were behind the log (the index may lack terms).
   */
  run(): Promise<boolean> {
    const next = this.running.then(() => this.runOnce());
    this.running = next.then(() => undefined);
    return next;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // Behind (e.g. rebuilding after an upgrade): again soon, so terms the catch-up brings in
      // expire as soon as it has them, not an interval later.
      void this.run().then((caughtUp) => this.schedule(caughtUp ? this.nextDelay() : MIN_DELAY_MS));
    }, delayMs);
    this.timer.unref();
  }

  /** Until the next term ends, at most the interval; the interval when the index cannot be read. */
  private nextDelay(): number {
    try {
      const nowMs = this.clock().getTime();
      const next = this.projections.readModels.nextTermEndAfter(nowMs);
      const untilNext = next === null ? this.intervalMs : Math.min(next - nowMs, this.intervalMs);
      return Math.max(MIN_DELAY_MS, untilNext);
    } catch {
      return this.intervalMs;
    }
  }

  /** Never throws: a failed run is counted and logged, and the next run tries again. */
  private async runOnce(): Promise<boolean> {
    if (this.stopped) return true;
    // Each such term sent would cost a fold of its tenant, on the event loop the rebuild shares, to
    // decide nothing (a 1,000,000-event log holds ~5,000 expiries); a term due meanwhile expires
    // at the first run after the rebuild.
    if (this.projections.runner.isRebuilding) return false;
    try {
      const caughtUp = await this.projectionsCaughtUp();
      const now = this.clock();
      const counts = new Map<ExpiryOutcome, number>();
      let after: TermEndRow | undefined;
      for (;;) {
        const page = this.projections.readModels.termsEndedBy(now.getTime(), PAGE_SIZE, after);
        for (const term of page) {
          if (this.stopped) return caughtUp;
          // The expiry key names the purchase, not its tenant: purchase ids are per tenant.
          const key = `${term.tenantId} ${expiryKeyOf(term)}`;
          if (this.seenThrough.get(key) !== undefined) continue;
          const outcome = await this.expire(term, now);
          // Either way the log holds this term's end for good; held and failed are tried again.
          if (outcome === 'expired' || outcome === 'unchanged') this.seenThrough.set(key, true);
          this.metrics.counted(outcome);
          counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
        }
        if (page.length < PAGE_SIZE) break;
        after = page[page.length - 1];
      }
      const held = counts.get('held') ?? 0;
      if (held > 0) this.logger.warn(`${held} ended subscription term(s) wait behind parked events`);
      this.metrics.ran('ok');
      return caughtUp;
    } catch (error) {
      this.metrics.ran('failed');
      this.logger.warn(`subscription expiry run failed, retried at the next run: ${messageOf(error)}`);
      return true;
    }
  }

  /**
   * The index is as fresh as the projections: wait (bounded) until they hold everything the log
   * held when the run began. Behind after that, the run goes on with what they hold; the next
   * run sees the rest.
   */
  private async projectionsCaughtUp(): Promise<boolean> {
    const head = await this.store.headPosition({ streamPrefix: TENANT_STREAM_PREFIX });
    return Promise.race([
      this.projections.runner.waitFor(head, CATCH_UP_WAIT_MS),
      this.stopping.then(() => true),
    ]);
  }

  private async expire(term: TermEndRow, now: Date): Promise<ExpiryOutcome> {
    const { tenantId, purchaseId, endsAt } = term;
    // SPEC §5: a tenant behind a parked event is not judged on views that stopped before it (its
    // term may have been renewed there); its expiry waits until an admin retries or skips it.
    if (this.projections.runner.parked.isStreamHeld(tenantStreamName(tenantId))) return 'held';
    try {
      const outcome = await this.commandBus.execute(expiryActivity(term, now));
      if (outcome.activityId === null) return 'unchanged';
      this.logger.log(`subscription expired: tenant ${tenantId}, purchase ${purchaseId}, ended at ${endsAt}`);
      return 'expired';
    } catch (error) {
      this.logger.warn(
        `expiry of purchase ${purchaseId} (tenant ${tenantId}) failed, retried at the next run: ${messageOf(error)}`,
      );
      return 'failed';
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
