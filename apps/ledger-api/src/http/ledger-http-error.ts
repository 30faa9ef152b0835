import { HttpException } from '@nestjs/common';

/** SPEC §3 error body. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly details?: unknown;
}

/**
 * An HTTP answer in the SPEC error shape, thrown at the edge (guards, pipes, controllers); the
 * exception filter writes `body` as is. Below the controllers, application errors are thrown.
 */
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
}
