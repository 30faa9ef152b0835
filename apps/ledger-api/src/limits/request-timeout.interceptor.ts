import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Observable, throwError, timeout } from 'rxjs';
import { LedgerHttpError } from '../http/ledger-http-error';

const LONG_RUNNING = 'ledger:long-running';

/** Exempts a route from the request timeout: an operator's rebuild of every projection may take minutes. */
export const LongRunning = () => SetMetadata(LONG_RUNNING, true);

/**
 * Answers 503 REQUEST_TIMEOUT (with Retry-After, from the error filter) when handling takes longer
 * than the configured limit, so a client never waits on a stuck request forever. The work itself is
 * not cancelled: a write is one atomic append, so it is applied whole or not at all, and repeating
 * it with the same Idempotency-Key tells which.
 */
@Injectable()
export class RequestTimeoutInterceptor implements NestInterceptor {
  constructor(
    private readonly timeoutMs: number,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const exempt = this.reflector.getAllAndOverride<boolean | undefined>(LONG_RUNNING, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (this.timeoutMs === 0 || exempt === true) return next.handle();
    return next.handle().pipe(
      timeout({
        first: this.timeoutMs,
        with: () =>
          throwError(() =>
            LedgerHttpError.of(
              503,
              'REQUEST_TIMEOUT',
              `The request took longer than ${this.timeoutMs} ms. A write is applied whole or not at all: ` +
                'repeat it with the same Idempotency-Key to learn which.',
            ),
          ),
      }),
    );
  }
}
