import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { type Observable, from, mergeMap } from 'rxjs';
import { ConfigService } from '@nestjs/config';
import { withServiceSettings, type LedgerCommand } from '@ledger/licensing';
import { writeAnswerOf as answerOf, type LedgerConfig, type WriteAnswer } from '@ledger/runtime';
import type { AuthenticatedRequest } from '../auth/access.guard';
import { principalOf } from '../auth/principal.decorator';
import { RecordLicenseActivity } from '../commands/record-license-activity.command';
import {
  correlationIdOf,
  etagOf,
  expectedRevisionOf,
  idempotencyKeyOf,
  requestHashOf,
} from '../http/write-headers';

/** What a write endpoint returns: the domain command it asks of one tenant. */
export interface TenantCommand {
  readonly tenantId: string;
  readonly command: LedgerCommand;
}

// The answer's shape is the write path's (libs/runtime/src/write-path): the CLI prints the same.
export type { WriteAnswer } from '@ledger/runtime';

/**
 * The HTTP side of every write (SPEC §3), so an endpoint is only its route, its DTO and the
 * command it builds: after the endpoint (its params and body validated), reads the write headers
 * (Idempotency-Key, If-Match, X-Correlation-Id) and the caller, sends `RecordLicenseActivity`
 * through the command bus, and answers with `ETag` (and `Idempotent-Replayed` for a replay).
 */
@Injectable()
export class LicenseActivityInterceptor implements NestInterceptor<TenantCommand, WriteAnswer> {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly config: ConfigService<{ ledger: LedgerConfig }, true>,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler<TenantCommand>): Observable<WriteAnswer> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(mergeMap((asked) => from(this.record(request, reply, asked))));
  }

  private rulebook(): LedgerConfig['rulebook'] {
    return this.config.get('ledger', { infer: true }).rulebook;
  }

  private async record(
    request: AuthenticatedRequest,
    reply: FastifyReply,
    { tenantId, command }: TenantCommand,
  ): Promise<WriteAnswer> {
    const principal = principalOf(request);
    const idempotencyKey = idempotencyKeyOf(request);
    const outcome = await this.commandBus.execute(
      // R9: a tenant without a rulebook adopts the service's with its first write.
      new RecordLicenseActivity(
        tenantId,
        withServiceSettings(command, { defaultRulebook: this.rulebook() }),
        {
          actor: principal.subject,
          correlationId: correlationIdOf(request),
          expectedRevision: expectedRevisionOf(request),
          ...(idempotencyKey === undefined
            ? {}
            : { idempotency: { key: idempotencyKey, requestHash: requestHashOf(request) } }),
        },
      ),
    );
    void reply.header('ETag', etagOf(outcome.revision));
    if (outcome.replayed) void reply.header('Idempotent-Replayed', 'true');
    return answerOf(outcome);
  }
}
