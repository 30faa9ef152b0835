import type { ExpectedRevision, StreamRevision } from './event-store';

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

/** The store cannot be reached or refused to work; the caller should answer 503. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
