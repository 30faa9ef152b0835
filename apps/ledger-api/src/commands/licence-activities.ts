import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import type { LedgerCommand, LedgerEventType, LedgerWarning } from '@ledger/licensing';
import type { AuthenticatedRequest } from '../auth/access.guard';
import { LedgerHttpError } from '../http/ledger-http-error';
import { COMMAND_METRICS, type CommandMetrics, NO_COMMAND_METRICS } from '../observability/command-metrics';
import {
  correlationIdOf,
  etagOf,
  expectedRevisionOf,
  idempotencyKeyOf,
  requestHashOf,
} from '../http/write-headers';
import { type ActivityOutcome, RecordLicenceActivity } from './record-licence-activity.command';

/** The body of every write answer (SPEC §3). */
export interface WriteAnswer {
  readonly activityId: string | null;
  readonly revision: number;
  readonly events: readonly LedgerEventType[];
  readonly warnings: readonly LedgerWarning[];
  readonly purchaseId?: string;
}

function answerOf(outcome: ActivityOutcome): WriteAnswer {
  const purchase = outcome.events.find((event) => event.type === 'LicensePurchased');
  return {
    activityId: outcome.activityId,
    revision: outcome.revision === null ? -1 : Number(outcome.revision),
    events: outcome.events.map((event) => event.type),
    warnings: outcome.warnings,
    ...(purchase === undefined ? {} : { purchaseId: purchase.data.purchaseId }),
  };
}

/**
 * The bridge from an HTTP write to the command bus: reads the write headers, records the
 * activity and sets `ETag` on the answer. Controllers stay one line per endpoint.
 */
@Injectable()
export class LicenceActivities {
  constructor(
    private readonly commandBus: CommandBus,
    @Optional() @Inject(COMMAND_METRICS) private readonly metrics: CommandMetrics = NO_COMMAND_METRICS,
  ) {}

  async record(
    request: AuthenticatedRequest,
    reply: FastifyReply,
    tenantId: string,
    command: LedgerCommand,
  ): Promise<WriteAnswer> {
    const principal = request.principal;
    if (principal === undefined) throw LedgerHttpError.unauthenticated('No authenticated caller');
    const idempotencyKey = idempotencyKeyOf(request);
    const outcome = await this.counted(command.type, () =>
      this.commandBus.execute(
        new RecordLicenceActivity(tenantId, command, {
          actor: principal.subject,
          correlationId: correlationIdOf(request),
          expectedRevision: expectedRevisionOf(request),
          ...(idempotencyKey === undefined
            ? {}
            : { idempotency: { key: idempotencyKey, requestHash: requestHashOf(request) } }),
        }),
      ),
    );
    void reply.header('ETag', etagOf(outcome.revision));
    if (outcome.replayed) void reply.header('Idempotent-Replayed', 'true');
    return answerOf(outcome);
  }

  /** Counts each command by its outcome: accepted, replayed, unchanged, the refusal's code, or failed. */
  private async counted(type: string, run: () => Promise<ActivityOutcome>): Promise<ActivityOutcome> {
    try {
      const outcome = await run();
      this.metrics.commandFinished(
        type,
        outcome.replayed ? 'replayed' : outcome.activityId === null ? 'unchanged' : 'accepted',
      );
      return outcome;
    } catch (error) {
      this.metrics.commandFinished(type, error instanceof LedgerHttpError ? error.body.error : 'failed');
      throw error;
    }
  }
}
