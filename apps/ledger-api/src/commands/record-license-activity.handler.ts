import { Inject, Logger, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Registry } from 'prom-client';
import { EventIdConflictError, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import { licensingDecider, tenantStreamName } from '@ledger/licensing';
import { commandIdOf, stampActivity } from '@ledger/runtime';
import { ConcurrencyConflict, DomainRefusal, IdempotencyKeyReused } from '../errors/application-errors';
import { CommandMetrics } from '../observability/command-metrics';
import { EVENT_STORE } from '../store/event-store.tokens';
import type { TenantWriteModel } from '../write-model/tenant-write-model';
import { TenantWriteModelCache } from '../write-model/tenant-write-model-cache';
import { type ActivityOutcome, RecordLicenseActivity } from './record-license-activity.command';

/** Decisions lost to another writer are taken again on fresh state this many times before giving up. */
const MAX_ATTEMPTS = 10;

/** A clock from outside, so the domain stays pure and tests can pin time. */
export const CLOCK = Symbol('CLOCK');
export type Clock = () => Date;

/**
 * The write path below the HTTP edge: load the tenant's caught-up model, decide with the
 * domain's Decider, append with the expected revision, retry on a lost race. Refusals are
 * application errors (errors/application-errors.ts); the edge answers them.
 */
@CommandHandler(RecordLicenseActivity)
export class RecordLicenseActivityHandler implements ICommandHandler<RecordLicenseActivity> {
  private readonly logger = new Logger(RecordLicenseActivityHandler.name);

  constructor(
    private readonly models: TenantWriteModelCache,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() private readonly metrics: CommandMetrics = new CommandMetrics(new Registry()),
  ) {}

  execute(activity: RecordLicenseActivity): Promise<ActivityOutcome> {
    return this.metrics.counted(activity.command.type, () => this.record(activity));
  }

  private async record(activity: RecordLicenseActivity): Promise<ActivityOutcome> {
    const { tenantId, context } = activity;
    const commandId = commandIdOf(tenantId, context.idempotency?.key);

    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.models.withCaughtUpModel(tenantId, (model) =>
        this.decideAndAppend(model, activity, commandId),
      );
      if (outcome !== 'lost-race') return outcome;
      if (attempt >= MAX_ATTEMPTS) {
        throw new ConcurrencyConflict(
          `Tenant ${tenantId} is changing too fast; the write was not applied, try again`,
        );
      }
      this.metrics.conflictRetried(activity.command.type);
      this.logger.debug(`Concurrency race lost on ${tenantId} (attempt ${attempt}); deciding again`);
    }
  }

  private async decideAndAppend(
    model: TenantWriteModel,
    { tenantId, command, context }: RecordLicenseActivity,
    commandId: string,
  ): Promise<ActivityOutcome | 'lost-race'> {
    if (context.idempotency !== undefined) {
      const recorded = await this.models.recordedActivity(model, context.idempotency.key);
      if (recorded !== undefined) {
        if (recorded.requestHash !== context.idempotency.requestHash) throw new IdempotencyKeyReused();
        const { activityId, revision, events, warnings } = recorded;
        return { activityId, revision, events, warnings, replayed: true };
      }
    }
    if (context.expectedRevision !== undefined && context.expectedRevision !== model.revision) {
      throw ConcurrencyConflict.stale(context.expectedRevision, model.revision);
    }

    const decision = licensingDecider.decide(command, model.state);
    if (!decision.ok) throw new DomainRefusal(decision.error);
    // What the write answers is what decide returned: its events and its warnings.
    const { events, warnings } = decision;
    if (events.length === 0) {
      return { activityId: null, revision: model.revision, events, warnings, replayed: false };
    }

    const {
      activityId,
      metadata,
      events: toAppend,
    } = stampActivity(events, {
      tenantId,
      commandId,
      actor: context.actor,
      correlationId: context.correlationId,
      occurredAt: this.clock(),
      ...(context.idempotency === undefined ? {} : { idempotency: context.idempotency }),
    });

    try {
      const result = await this.store.append(
        tenantStreamName(tenantId),
        toAppend,
        model.revision ?? 'no-stream',
      );
      // The log already held these event ids: another request with this Idempotency-Key (maybe on
      // another instance, maybe with another body) was recorded first, and nothing of ours was
      // written. Decide again on the caught-up model: it answers as that request (or 422).
      if (result.deduplicated) return 'lost-race';
      // Fold what we just wrote, as decided, instead of reading it back.
      model.applyAppended({
        events,
        metadata,
        warnings,
        firstRevision: result.nextExpectedRevision - BigInt(toAppend.length) + 1n,
        position: result.position,
      });
      return { activityId, revision: result.nextExpectedRevision, events, warnings, replayed: false };
    } catch (error) {
      // Some of these event ids are in the log, not as this batch: a request with this key that
      // decided other events was recorded first. As above, the caught-up model answers.
      if (error instanceof EventIdConflictError && context.idempotency !== undefined) return 'lost-race';
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (context.expectedRevision !== undefined) {
        throw ConcurrencyConflict.stale(context.expectedRevision, error.actual);
      }
      return 'lost-race';
    }
  }
}
