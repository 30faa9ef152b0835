import { ApplicationError } from '@ledger/runtime';

// The write path's refusals live with the write path (libs/runtime/src/write-path), shared with the CLI.
export { ApplicationError, ConcurrencyConflict, DomainRefusal, IdempotencyKeyReused } from '@ledger/runtime';

/** The read models have not reached the log's head in time: a read would miss the caller's writes. */
export class ProjectionsBehind extends ApplicationError {
  readonly code = 'PROJECTIONS_BEHIND';

  constructor() {
    super('The read models are catching up with the log; try again shortly');
  }
}

/** A tenant's views are held at a parked event (SPEC §5) until an operator retries or skips it. */
export class ProjectionParked extends ApplicationError {
  readonly code = 'PROJECTION_PARKED';

  constructor() {
    super(
      'An event of this tenant could not be projected and is parked; its views are held until an operator retries or skips it',
    );
  }
}
