import {
  AccessDeniedError,
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  UnknownError,
} from '@eventstore/db-client';
import { StoreUnavailableError } from '../errors';

/**
 * Client errors that mean "the store cannot serve this now" — the caller answers 503 and may retry:
 * no connection, a deadline or server-side timeout, a call the server cancelled, a node that is not
 * the leader, credentials the node refuses, or a server fault it could not explain.
 */
const UNAVAILABLE = [
  UnavailableError,
  DeadlineExceededError,
  TimeoutError,
  CancelledError,
  NotLeaderError,
  AccessDeniedError,
  UnknownError,
] as const;

/** A gRPC failure as the client reports it (raw ServiceErrors are converted first). */
export function asClientError(error: unknown): unknown {
  return error instanceof Error ? convertToCommandError(error) : error;
}

export function isUnavailable(error: unknown): boolean {
  const converted = asClientError(error);
  return UNAVAILABLE.some((type) => converted instanceof type);
}

/** Maps what the client threw to the port's errors; anything else is returned as it is. */
export function toStoreError(error: unknown, action: string): unknown {
  if (error instanceof StoreUnavailableError) return error;
  const converted = asClientError(error);
  if (isUnavailable(converted)) {
    const reason =
      converted instanceof Error && converted.message !== '' ? converted.message : String(converted);
    return new StoreUnavailableError(`EventStoreDB could not ${action}: ${reason}`, { cause: error });
  }
  return converted;
}
