import type { ExpectedRevision } from './log-positions';
import type { StreamRevision } from './log-positions';

/** The stream was not at the revision the append expected: another writer got there first. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision; null when the stream does not exist. */
    readonly actual: StreamRevision | null,
  ) {
    super(
      `Stream ${streamName} expected at ${String(expected)} but is at ${actual === null ? 'no-stream' : String(actual)}`,
    );
  }
}

/**
 * An append carried event ids its stream already holds, but not as an exact retry of one earlier
 * append (a batch that only partly matches one, or the same id twice in one batch). Appending it
 * would break "an event id is written once per stream", so nothing was appended. It points at a
 * bug in how ids are derived, not at a race: do not retry.
 */
export class EventIdConflictError extends Error {
  override readonly name = 'EventIdConflictError';
  constructor(
    readonly streamName: string,
    readonly eventId: string,
    reason: string,
  ) {
    super(`Cannot append event ${eventId} to ${streamName}: ${reason}`);
  }
}

/** The store cannot be reached or refused to work; the caller should answer 503. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * An append larger than the store takes in one go (EventStoreDB's MaxAppendSize, 1 MiB by default;
 * the embedded store keeps the same limit so both adapters answer alike). Nothing was appended.
 * Retrying the same batch cannot succeed: split it (callers that batch keep under APPEND_SIZE_BUDGET).
 */
export class AppendTooLargeError extends Error {
  override readonly name = 'AppendTooLargeError';
  constructor(
    readonly streamName: string,
    /** The batch's size as the store counts it (append-size.ts); null when the store did not say. */
    readonly size: number | null,
    readonly limit: number,
  ) {
    super(
      `The events of one append take ${size === null ? 'more than' : `${size} bytes, more than`} the ` +
        `${limit} bytes the event store accepts at once`,
    );
  }
}
