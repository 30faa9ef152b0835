import type { DomainError } from '@ledger/licensing';

/**
 * What the application refuses, below the HTTP edge: plain errors that name the SPEC §3 error
 * code they are answered with. The API's edge (ErrorBodyFilter) gives each its status and body,
 * its command metrics count each by its code; the CLI writing to the store itself prints the
 * same code and message.
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
