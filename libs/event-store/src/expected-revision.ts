import { WrongExpectedRevisionError } from './errors';
import type { ExpectedRevision, StreamRevision } from './log-positions';

/**
 * Throws unless a stream whose last revision is `actual` (null: no such stream) satisfies the
 * append's expectation, with the meanings EventStoreDB gives them. Both adapters check with it.
 */
export function assertExpectedRevision(
  streamName: string,
  expected: ExpectedRevision,
  actual: StreamRevision | null,
): void {
  if (!satisfies(expected, actual)) throw new WrongExpectedRevisionError(streamName, expected, actual);
}

/** The one definition of the four expectations. */
function satisfies(expected: ExpectedRevision, actual: StreamRevision | null): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return actual === null;
    case 'stream-exists':
      return actual !== null;
    default:
      return actual === expected;
  }
}
