import { STATUS_CODES } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppendTooLargeError, StoreUnavailableError } from '@ledger/event-store';
import { applicationErrorBody } from '@ledger/runtime';
import { ApplicationError } from '../errors/application-errors';
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
  500: 'INTERNAL',
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

/**
 * SPEC §6: a public body says what happened in words, never how — no file paths, driver messages
 * or stacks (issue 10 #13: 503 bodies carried the SQLite message and the data file's path). Only
 * our own errors and Fastify's words about the request itself are passed on; the rest is logged.
 */
const STORE_UNAVAILABLE_MESSAGE = 'The event store is unavailable; try again shortly';
const INTERNAL_MESSAGE = 'Internal error; it has been logged';

/** Fastify's own errors (`FST_…`) describe the request (malformed JSON, bad content type), not our internals. */
function isFastifyError(exception: unknown): exception is Error {
  const code = (exception as { code?: unknown } | null)?.code;
  return exception instanceof Error && typeof code === 'string' && code.startsWith('FST_');
}

/** Maps any error (Fastify's included) to an HTTP status; client errors keep theirs. */
export function errorBodyOf(exception: unknown): ErrorBody {
  if (exception instanceof LedgerHttpError) return exception.body;
  if (exception instanceof ApplicationError) return applicationErrorBody(exception);
  if (exception instanceof AppendTooLargeError)
    return { statusCode: 413, error: 'PAYLOAD_TOO_LARGE', message: exception.message };
  if (exception instanceof StoreUnavailableError) {
    return { statusCode: 503, error: 'STORE_UNAVAILABLE', message: STORE_UNAVAILABLE_MESSAGE };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    return {
      statusCode,
      error: GENERIC_ERROR_CODES[statusCode] ?? 'HTTP_ERROR',
      message: statusCode >= 500 ? INTERNAL_MESSAGE : messageOf(exception),
    };
  }
  // Errors raised while reading the request (malformed JSON, body too large, bad content type) carry a 4xx statusCode.
  const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const message = isFastifyError(exception)
      ? exception.message
      : (STATUS_CODES[statusCode] ?? 'Bad request');
    return { statusCode, error: GENERIC_ERROR_CODES[statusCode] ?? 'BAD_REQUEST', message };
  }
  return { statusCode: 500, error: 'INTERNAL', message: INTERNAL_MESSAGE };
}

/** What the log keeps of an error the client only hears about in words: the stack and its cause. */
export function logDetailsOf(exception: unknown): string {
  if (!(exception instanceof Error)) return String(exception);
  const own = exception.stack ?? `${exception.name}: ${exception.message}`;
  return exception.cause === undefined ? own : `${own}\nCaused by: ${logDetailsOf(exception.cause)}`;
}

/** Every error leaves the service in the SPEC shape `{statusCode, error, message, details?}`. */
@Catch()
export class ErrorBodyFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = errorBodyOf(exception);
    if (body.statusCode >= 500) this.logger.error(logDetailsOf(exception));
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (body.statusCode === 503) reply.header('Retry-After', '5');
    void reply.status(body.statusCode).send(body);
  }
}
