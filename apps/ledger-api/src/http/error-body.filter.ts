import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppendTooLargeError, StoreUnavailableError } from '@ledger/event-store';
import { LedgerHttpError, type ErrorBody } from './ledger-http-error';

/** Codes for HTTP failures that happen outside our own handlers (routing, body limits, parsing). */
const GENERIC_ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return exception.message;
}

/** Maps any error (Fastify's included) to an HTTP status; client errors keep theirs. */
export function errorBodyOf(exception: unknown): ErrorBody {
  if (exception instanceof LedgerHttpError) return exception.body;
  if (exception instanceof AppendTooLargeError)
    return { statusCode: 413, error: 'PAYLOAD_TOO_LARGE', message: exception.message };
  if (exception instanceof StoreUnavailableError) {
    return {
      statusCode: 503,
      error: 'STORE_UNAVAILABLE',
      message: `The event store is unavailable: ${exception.message}`,
    };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    return {
      statusCode,
      error: GENERIC_ERROR_CODES[statusCode] ?? 'HTTP_ERROR',
      message: messageOf(exception),
    };
  }
  // Fastify's own errors (malformed JSON, body too large, bad content type) carry a 4xx statusCode.
  const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const message = exception instanceof Error ? exception.message : 'Bad request';
    return { statusCode, error: GENERIC_ERROR_CODES[statusCode] ?? 'BAD_REQUEST', message };
  }
  return { statusCode: 500, error: 'INTERNAL', message: 'Internal error; it has been logged' };
}

/** Every error leaves the service in the SPEC shape `{statusCode, error, message, details?}`. */
@Catch()
export class ErrorBodyFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = errorBodyOf(exception);
    if (body.statusCode >= 500) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (body.statusCode === 503) reply.header('Retry-After', '5');
    void reply.status(body.statusCode).send(body);
  }
}
