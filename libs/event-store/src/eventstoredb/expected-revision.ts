import { ANY, NO_STREAM, STREAM_EXISTS, type AppendExpectedRevision } from '@eventstore/db-client';
import type { ExpectedRevision, StreamRevision } from '../event-store';

export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'no-stream':
      return NO_STREAM;
    case 'any':
      return ANY;
    case 'stream-exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

/** Whether a stream whose last revision is `actual` (null: no stream) satisfies `expected`. */
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
