import { WrongExpectedRevisionError } from './errors';
import type { StreamRevision } from './log-positions';

/** What an append expects of the stream before it. */
export type ExpectedRevision = 'no-stream' | 'any' | 'stream-exists' | StreamRevision;

/**
 * Throws unless a stream whose last revision is `actual` (null: no such stream) satisfies the
 * append's expectation, with the meanings EventStoreDB gives them.
 */
export function assertExpectedRevision(
  streamName: string,
  expected: ExpectedRevision,
  actual: StreamRevision | null,
): void {
  if (!satisfies(expected, actual)) throw new WrongExpectedRevisionError(streamName, expected, actual);
}

/** The one definition of the four expectations, shared by both adapters. */
export function satisfies(expected: ExpectedRevision, actual: StreamRevision | null): boolean {
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
