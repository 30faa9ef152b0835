import { EventIdConflictError, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import { licensingDecider, tenantStreamName } from '@ledger/licensing';
import { commandIdOf } from '../activity/activity-ids';
import { stampActivity } from '../activity/stamp-activity';
import { ConcurrencyConflict, DomainRefusal, IdempotencyKeyReused } from './application-errors';
import type { ActivityOutcome, LicenseActivityRequest } from './license-activity';
import type { TenantWriteModel } from './tenant-write-model';
import type { TenantWriteModelCache } from './tenant-write-model-cache';

/** Decisions lost to another writer are taken again on fresh state this many times before giving up. */
const MAX_ATTEMPTS = 10;

/** A clock from outside, so the domain stays pure and tests can pin time. */
export type Clock = () => Date;

/** Told when a decision lost a race and is taken again (the API counts and logs it). */
export type ConflictRetried = (request: LicenseActivityRequest, attempt: number) => void;

/**
 * The one write path of the ledger, below any edge: load the tenant's caught-up model, answer a
 * repeated Idempotency-Key from the log, decide with the domain's Decider, append with the expected
 * revision, retry on a lost race. The API's command handler and the CLI writing to the store itself
 * both record through it. Refusals are application errors (application-errors.ts).
 */
export class LicenseActivityRecorder {
  constructor(
    private readonly models: TenantWriteModelCache,
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly conflictRetried: ConflictRetried = () => {},
  ) {}

  async record(request: LicenseActivityRequest): Promise<ActivityOutcome> {
    const { tenantId, context } = request;
    const commandId = commandIdOf(tenantId, context.idempotency?.key ?? context.commandKey);

    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.models.withCaughtUpModel(tenantId, (model) =>
        this.decideAndAppend(model, request, commandId),
      );
      if (outcome !== 'lost-race') return outcome;
      if (attempt >= MAX_ATTEMPTS) {
        throw new ConcurrencyConflict(
          `Tenant ${tenantId} is changing too fast; the write was not applied, try again`,
        );
      }
      this.conflictRetried(request, attempt);
    }
  }

  private async decideAndAppend(
    model: TenantWriteModel,
    { tenantId, command, context }: LicenseActivityRequest,
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
      // written. Decide again on the caught-up model: it answers as that request (or 422); a
      // command key's decision, taken again, finds its work done and decides nothing.
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
      const derivedIds = context.idempotency !== undefined || context.commandKey !== undefined;
      if (error instanceof EventIdConflictError && derivedIds) return 'lost-race';
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (context.expectedRevision !== undefined) {
        throw ConcurrencyConflict.stale(context.expectedRevision, error.actual);
      }
      return 'lost-race';
    }
  }
}
