import type { ErrorBody } from './types';

/** Anything that went wrong talking to the API, carried to the screen as is (issue 7: never swallowed). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when no answer arrived at all. */
    readonly status: number,
    /** SPEC error code (`ALLOCATION_EXCEEDED`…), or one of ours: NETWORK, BAD_ANSWER. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** What the console was doing, e.g. "GET /v1/tenants/t1/quota". */
    readonly request?: string,
  ) {
    super(message);
  }

  get unauthenticated(): boolean {
    return this.status === 401;
  }

  /** No answer, or the service said it is unavailable for now: the same request may work again. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body.statusCode === 'number' && typeof body.error === 'string' && typeof body.message === 'string';
}

/** Titles an administrator understands at a glance; the API's message says the rest. */
export const ERROR_TITLES: Readonly<Record<string, string>> = {
  VALIDATION_FAILED: 'Some values are not valid',
  UNAUTHENTICATED: 'Your token was not accepted',
  FORBIDDEN: 'Not allowed with your role',
  NOT_FOUND: 'Not found',
  CONCURRENCY_CONFLICT: 'Someone changed this tenant meanwhile',
  IDEMPOTENCY_KEY_REUSED: 'This request was already sent with other values',
  NOT_QUALIFIED: 'The tenant does not qualify for free Virtual User licences',
  ALLOCATION_EXCEEDED: 'Over the free Virtual User allocation',
  NO_SEAT_AVAILABLE: 'No free seat of this licence',
  ACCOUNT_EXISTS: 'That account id is taken',
  NOT_A_RESOURCE_ACCOUNT: 'Only resource accounts can do this',
  LICENSE_NOT_HELD: 'The account does not hold that licence',
  LICENSE_ALREADY_HELD: 'The account already holds a licence of that kind',
  LICENSE_REQUIRED: 'A phone-capable licence is needed first',
  SEATS_IN_USE: 'Those seats are in use',
  PHONE_NUMBER_IN_USE: 'That number belongs to another account',
  SUBSCRIPTION_EXPIRED: 'That subscription has expired',
  NO_TERM: 'That purchase has no term',
  STORE_UNAVAILABLE: 'The event store is unavailable',
  NETWORK: 'The ledger API could not be reached',
  BAD_ANSWER: 'The ledger API gave an unexpected answer',
};

export function titleOf(error: ApiError): string {
  return ERROR_TITLES[error.code] ?? `${error.code.replace(/_/g, ' ').toLowerCase()} (HTTP ${error.status})`;
}

export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

/** VALIDATION_FAILED details as `field: problems`, when the API sent them in that shape. */
export function fieldProblemsOf(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, problems } = item as Record<string, unknown>;
    if (typeof field !== 'string' || !Array.isArray(problems)) return [];
    return [{ field, problems: problems.map(String) }];
  });
}

/** Any thrown value as an ApiError, so every failure renders the same way. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'CONSOLE_ERROR', message);
}
