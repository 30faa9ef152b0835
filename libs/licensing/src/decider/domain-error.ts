/**
 * Refusals the domain can answer with. The HTTP layer maps them to status codes
 * (SPEC §3): INVALID_COMMAND → 400 (`details.field` names the field at fault when one is),
 * NOT_FOUND → 404, every other code → 409.
 */
export const DOMAIN_ERROR_CODES = [
  'INVALID_COMMAND',
  'NOT_FOUND',
  'NOT_QUALIFIED',
  'ALLOCATION_EXCEEDED',
  'NO_SEAT_AVAILABLE',
  'ACCOUNT_EXISTS',
  'NOT_A_RESOURCE_ACCOUNT',
  'LICENSE_NOT_HELD',
  'LICENSE_ALREADY_HELD',
  'LICENSE_REQUIRED',
  'SEATS_IN_USE',
  'PHONE_NUMBER_IN_USE',
  'SUBSCRIPTION_EXPIRED',
  'NO_TERM',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface DomainError {
  readonly code: DomainErrorCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A refusal: the command is answered with this and appends nothing. */
export function refuse(
  code: DomainErrorCode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): DomainError {
  return details === undefined ? { code, message } : { code, message, details };
}
