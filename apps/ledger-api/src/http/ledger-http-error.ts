import { HttpException } from '@nestjs/common';
import type { DomainError } from '@ledger/licensing';

/** SPEC §3 error body. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly details?: unknown;
}

/** An HTTP answer in the SPEC error shape; the exception filter writes `body` as is. */
export class LedgerHttpError extends HttpException {
  constructor(readonly body: ErrorBody) {
    super(body, body.statusCode);
  }

  static of(statusCode: number, error: string, message: string, details?: unknown): LedgerHttpError {
    return new LedgerHttpError(
      details === undefined ? { statusCode, error, message } : { statusCode, error, message, details },
    );
  }

  static validation(message: string, details?: unknown): LedgerHttpError {
    return LedgerHttpError.of(400, 'VALIDATION_FAILED', message, details);
  }
  static unauthenticated(message: string): LedgerHttpError {
    return LedgerHttpError.of(401, 'UNAUTHENTICATED', message);
  }
  static forbidden(message: string): LedgerHttpError {
    return LedgerHttpError.of(403, 'FORBIDDEN', message);
  }
  static notFound(message: string): LedgerHttpError {
    return LedgerHttpError.of(404, 'NOT_FOUND', message);
  }
  static concurrencyConflict(message: string, details?: unknown): LedgerHttpError {
    return LedgerHttpError.of(412, 'CONCURRENCY_CONFLICT', message, details);
  }
  static idempotencyKeyReused(): LedgerHttpError {
    return LedgerHttpError.of(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used with a different request',
    );
  }
  static storeUnavailable(message: string): LedgerHttpError {
    return LedgerHttpError.of(503, 'STORE_UNAVAILABLE', message);
  }

  /** Domain refusals: invalid commands are 400, unknown things 404, every rule refusal 409. */
  static fromDomain(error: DomainError): LedgerHttpError {
    switch (error.code) {
      case 'INVALID_COMMAND':
        return LedgerHttpError.validation(error.message, error.details);
      case 'NOT_FOUND':
        return LedgerHttpError.of(404, 'NOT_FOUND', error.message, error.details);
      default:
        return LedgerHttpError.of(409, error.code, error.message, error.details);
    }
  }
}
