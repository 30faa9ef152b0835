/**
 * What a SQLite error means to a caller of the port: a fault of the file (full, I/O, locked, closed)
 * becomes StoreUnavailableError (the API's 503, retryable); anything else is the request's own.
 */
import { StoreUnavailableError } from '../errors';

/** SQLite result codes that mean "the file cannot be used right now", not "the request is wrong". */
const UNAVAILABLE_CODES =
  /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|CORRUPT|NOTADB|PROTOCOL|PERM|AUTH)/;

export function toUnavailable(error: unknown): unknown {
  if (isSqliteError(error) && UNAVAILABLE_CODES.test(error.code)) return unavailable(error);
  return error;
}

/** The store's error for a fault of the file, keeping the driver's error as its cause. */
export function unavailable(error: unknown): StoreUnavailableError {
  if (error instanceof StoreUnavailableError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`Event store file unavailable: ${reason}`, { cause: error });
}

/** A failure of the file, not of the request: anything SQLite reports but a constraint of the schema. */
export function isStorageFault(error: unknown): boolean {
  return isSqliteError(error) && !error.code.startsWith('SQLITE_CONSTRAINT');
}

/**
 * By shape, not `instanceof Database.SqliteError`: the native addon keeps the class of the first
 * `require`, so a second module registry (each jest test file has one) gets errors of a class it
 * does not know.
 */
export function isSqliteError(error: unknown): error is { readonly code: string; readonly message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'SqliteError' &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

export function closedError(): StoreUnavailableError {
  return new StoreUnavailableError('The embedded event store is closed');
}
