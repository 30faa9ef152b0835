import type { DomainError } from '@ledger/licensing';

/**
 * What the application refuses, below the HTTP edge: plain errors that name the SPEC §3 error
 * code they are answered with. The edge (ErrorBodyFilter) gives each its status and body; the
 * command metrics count each by its code.
 */
export abstract class ApplicationError extends Error {
  abstract readonly code: string;
}

/** A write decided on a revision the tenant has left behind (If-Match), or that kept losing races. */
export class ConcurrencyConflict extends ApplicationError {
  readonly code = 'CONCURRENCY_CONFLICT';

  constructor(
    message: string,
    /** With If-Match: the revision the caller gave and the stream's revision (null: no events yet). */
    readonly revisions?: { readonly expected: bigint | null; readonly current: bigint | null },
  ) {
    super(message);
  }

  static stale(expected: bigint | null, current: bigint | null): ConcurrencyConflict {
    return new ConcurrencyConflict('The tenant changed since the revision given in If-Match', {
      expected,
      current,
    });
  }
}

/** An Idempotency-Key sent again with another request than the one it recorded. */
export class IdempotencyKeyReused extends ApplicationError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';

  constructor() {
    super('This Idempotency-Key was already used with a different request');
  }
}

/** The domain refused the command (a rule, an unknown thing, an invalid command). */
export class DomainRefusal extends ApplicationError {
  /** SPEC §3: a command the domain finds invalid is answered as a validation failure. */
  readonly code: string;

  constructor(readonly refusal: DomainError) {
    super(refusal.message);
    this.code = refusal.code === 'INVALID_COMMAND' ? 'VALIDATION_FAILED' : refusal.code;
  }
}

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
