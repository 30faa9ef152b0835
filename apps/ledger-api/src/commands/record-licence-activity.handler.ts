import { randomUUID } from 'node:crypto';
import { Inject, Logger, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventIdConflictError, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import { decide, tenantStreamName } from '@ledger/licensing';
import { commandIdForIdempotencyKey, stampActivity } from '@ledger/runtime';
import { LedgerHttpError } from '../http/ledger-http-error';
import { COMMAND_METRICS, type CommandMetrics, NO_COMMAND_METRICS } from '../observability/command-metrics';
import { EVENT_STORE } from '../store/event-store.tokens';
import type { TenantWriteModel } from '../write-model/tenant-write-model';
import { TenantWriteModelCache } from '../write-model/tenant-write-model-cache';
import { type ActivityOutcome, RecordLicenceActivity } from './record-licence-activity.command';

/** Decisions lost to another writer are taken again on fresh state this many times before giving up. */
const MAX_ATTEMPTS = 10;

/** A clock and an id source from outside, so the domain stays pure and tests can pin them. */
export const CLOCK = Symbol('CLOCK');
export type Clock = () => Date;

@CommandHandler(RecordLicenceActivity)
export class RecordLicenceActivityHandler implements ICommandHandler<RecordLicenceActivity> {
  private readonly logger = new Logger(RecordLicenceActivityHandler.name);

  constructor(
    private readonly models: TenantWriteModelCache,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(COMMAND_METRICS) private readonly metrics: CommandMetrics = NO_COMMAND_METRICS,
  ) {}

  async execute(activity: RecordLicenceActivity): Promise<ActivityOutcome> {
    const { tenantId, context } = activity;
    // With a key, the command id is a function of it: a retry yields the same event ids (no double append).
    const commandId =
      context.idempotency === undefined
        ? randomUUID()
        : commandIdForIdempotencyKey(tenantId, context.idempotency.key);

    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.models.withCaughtUpModel(tenantId, (model) =>
        this.decideAndAppend(model, activity, commandId),
      );
      if (outcome !== 'lost-race') return outcome;
      if (attempt >= MAX_ATTEMPTS) {
        throw LedgerHttpError.concurrencyConflict(
          `Tenant ${tenantId} is changing too fast; the write was not applied, try again`,
        );
      }
      this.metrics.conflictRetried(activity.command.type);
      this.logger.debug(`Concurrency race lost on ${tenantId} (attempt ${attempt}); deciding again`);
    }
  }

  private async decideAndAppend(
    model: TenantWriteModel,
    { tenantId, command, context }: RecordLicenceActivity,
    commandId: string,
  ): Promise<ActivityOutcome | 'lost-race'> {
    if (context.idempotency !== undefined) {
      const recorded = await this.models.recordedActivity(model, context.idempotency.key);
      if (recorded !== undefined) {
        if (recorded.requestHash !== context.idempotency.requestHash)
          throw LedgerHttpError.idempotencyKeyReused();
        const { activityId, revision, events, warnings } = recorded;
        return { activityId, revision, events, warnings, replayed: true };
      }
    }
    if (context.expectedRevision !== undefined && context.expectedRevision !== model.revision) {
      throw staleRevision(context.expectedRevision, model.revision);
    }

    const decision = decide(command, model.state);
    if (!decision.ok) throw LedgerHttpError.fromDomain(decision.error);
    if (decision.events.length === 0) {
      return {
        activityId: null,
        revision: model.revision,
        events: [],
        warnings: decision.warnings,
        replayed: false,
      };
    }

    const { activityId, events: toAppend } = stampActivity(decision.events, {
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
      const firstRevision = result.nextExpectedRevision - BigInt(toAppend.length) + 1n;
      // Fold what we just wrote instead of reading it back.
      toAppend.forEach((stored, index) =>
        model.apply({ ...stored, revision: firstRevision + BigInt(index), position: result.position }),
      );
      return {
        activityId,
        revision: result.nextExpectedRevision,
        events: decision.events,
        warnings: decision.warnings,
        replayed: false,
      };
    } catch (error) {
      // Some of these event ids are in the log, not as this batch: a request with this key that
      // decided other events was recorded first. As above, the caught-up model answers.
      if (error instanceof EventIdConflictError && context.idempotency !== undefined) return 'lost-race';
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (context.expectedRevision !== undefined) throw staleRevision(context.expectedRevision, error.actual);
      return 'lost-race';
    }
  }
}

function staleRevision(expected: bigint | null, actual: bigint | null): LedgerHttpError {
  return LedgerHttpError.concurrencyConflict('The tenant changed since the revision given in If-Match', {
    expectedRevision: expected === null ? -1 : Number(expected),
    currentRevision: actual === null ? -1 : Number(actual),
  });
}
