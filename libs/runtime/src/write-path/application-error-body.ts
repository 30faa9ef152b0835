import { ApplicationError, ConcurrencyConflict, DomainRefusal } from './application-errors';

/** SPEC §3 error body. */
export interface ApplicationErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly details?: unknown;
}

/**
 * SPEC §3: the status of each code an application error names; every other code is a domain
 * rule's refusal (409).
 */
const APPLICATION_ERROR_STATUS: Readonly<Record<string, number>> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  CONCURRENCY_CONFLICT: 412,
  IDEMPOTENCY_KEY_REUSED: 422,
  PROJECTIONS_BEHIND: 503,
  PROJECTION_PARKED: 503,
};

/** A revision as the API writes it: `-1` for a tenant without events. */
const revisionNumber = (revision: bigint | null): number => (revision === null ? -1 : Number(revision));

/**
 * SPEC §3: VALIDATION_FAILED carries per-field details, as the validation pipe writes them; a
 * command the domain finds invalid names its field in `details.field` (e.g. R13 `term.endsAt`).
 */
function refusalDetailsOf({ refusal }: DomainRefusal): unknown {
  const field = refusal.details?.field;
  if (refusal.code !== 'INVALID_COMMAND' || typeof field !== 'string') return refusal.details;
  return [{ field, problems: [refusal.message] }];
}

function detailsOf(error: ApplicationError): unknown {
  if (error instanceof DomainRefusal) return refusalDetailsOf(error);
  if (error instanceof ConcurrencyConflict && error.revisions !== undefined) {
    return {
      expectedRevision: revisionNumber(error.revisions.expected),
      currentRevision: revisionNumber(error.revisions.current),
    };
  }
  return undefined;
}

/**
 * SPEC §3: the error body of an application error, as the API answers it and the CLI writing to
 * the store itself prints it.
 */
export function applicationErrorBody(error: ApplicationError): ApplicationErrorBody {
  const body = {
    statusCode: APPLICATION_ERROR_STATUS[error.code] ?? 409,
    error: error.code,
    message: error.message,
  };
  const details = detailsOf(error);
  return details === undefined ? body : { ...body, details };
}
