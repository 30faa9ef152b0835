import { ANY, NO_STREAM, STREAM_EXISTS, type AppendExpectedRevision } from '@eventstore/db-client';
import type { ExpectedRevision } from '../log-positions';

/** The port's expectation as @eventstore/db-client spells it; what each one means is ../expected-revision.ts. */
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
