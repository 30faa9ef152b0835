import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { DomainErrorCode } from '@ledger/licensing';
import { ErrorBodySchema } from './error-body.schema';

/** Error codes by HTTP status, as the operation can really answer them (SPEC §3, §5, §6). */
export type ErrorCodesByStatus = Readonly<Partial<Record<number, readonly string[]>>>;

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Invalid input: path, query, headers or body (per-field `details`)',
  401: 'No token, or a token that is invalid or expired',
  403: 'The token’s roles or tenant do not allow this',
  404: 'Not found',
  409: 'Refused by a rule of the domain; the log is unchanged',
  412: 'If-Match names a revision the tenant has left',
  413: 'The body, or the events it would append, are too large',
  414: 'A path parameter is longer than any id can be',
  415: 'The body is not JSON',
  422: 'This Idempotency-Key was used with another request',
  429: 'Too many requests from this caller; see Retry-After',
  503: 'Temporarily unavailable; retry after Retry-After seconds',
};

/**
 * One response per status, each the shared error body with `error` narrowed to the codes that
 * status carries here, so the document (and the client generated from it) lists them.
 */
export function ApiErrorResponses(codes: ErrorCodesByStatus): MethodDecorator & ClassDecorator {
  const responses = Object.entries(codes).map(([status, errorCodes = []]) =>
    ApiResponse({
      status: Number(status),
      description: `${STATUS_TEXT[Number(status)] ?? 'Error'}: ${errorCodes.join(', ')}`,
      schema: {
        allOf: [
          { $ref: getSchemaPath(ErrorBodySchema) },
          {
            type: 'object',
            properties: {
              statusCode: { type: 'number', enum: [Number(status)] },
              error: { type: 'string', enum: [...errorCodes] },
            },
          },
        ],
      },
    }),
  );
  return applyDecorators(ApiExtraModels(ErrorBodySchema), ...responses);
}

/** Answered by every route behind a bearer token (the guard, the rate limit, the time limit). */
const AUTHENTICATED: ErrorCodesByStatus = {
  401: ['UNAUTHENTICATED'],
  403: ['FORBIDDEN'],
  429: ['TOO_MANY_REQUESTS'],
};

/** A tenant's route: its path ids are validated, and a too long one never reaches the router's match. */
const TENANT_ROUTE: ErrorCodesByStatus = {
  ...AUTHENTICATED,
  400: ['VALIDATION_FAILED'],
  414: ['URI_TOO_LONG'],
};

/** Reads of the log itself (an export, a trend) wait for no projection: only the store and the time limit stop them. */
const LOG_READ_UNAVAILABLE = ['STORE_UNAVAILABLE', 'REQUEST_TIMEOUT'];

/** Reads wait for the projections (read-your-writes) and stop at a parked event (SPEC §5). */
const READ_UNAVAILABLE = ['PROJECTIONS_BEHIND', 'PROJECTION_PARKED', 'STORE_UNAVAILABLE', 'REQUEST_TIMEOUT'];

/** Tenant reads (SPEC §3); `notFound` where the route answers 404 for an unknown thing. */
export const TenantReadErrors = (options: { notFound?: boolean } = {}) =>
  ApiErrorResponses({
    ...TENANT_ROUTE,
    ...(options.notFound === true ? { 404: ['NOT_FOUND'] } : {}),
    503: READ_UNAVAILABLE,
  });

/**
 * Tenant writes (SPEC §3): the write headers, the domain's refusals of this command (409) and
 * whether it answers 404 for an unknown account or purchase; `withBody` for routes that take JSON.
 */
export const TenantWriteErrors = (options: {
  readonly refusals: readonly Exclude<DomainErrorCode, 'INVALID_COMMAND' | 'NOT_FOUND'>[];
  readonly notFound: boolean;
  readonly withBody: boolean;
}) =>
  ApiErrorResponses({
    ...TENANT_ROUTE,
    ...(options.notFound ? { 404: ['NOT_FOUND'] } : {}),
    ...(options.refusals.length > 0 ? { 409: options.refusals } : {}),
    412: ['CONCURRENCY_CONFLICT'],
    413: ['PAYLOAD_TOO_LARGE'],
    ...(options.withBody ? { 415: ['UNSUPPORTED_MEDIA_TYPE'] } : {}),
    422: ['IDEMPOTENCY_KEY_REUSED'],
    503: ['STORE_UNAVAILABLE', 'REQUEST_TIMEOUT'],
  });

/** Cross-tenant reports (SPEC §3): their query is validated, and they read the projections. */
export const ReportErrors = () =>
  ApiErrorResponses({ ...AUTHENTICATED, 400: ['VALIDATION_FAILED'], 503: READ_UNAVAILABLE });

/** Cross-tenant reports computed from the log (the all-tenant trend): their query is validated. */
export const LogReportErrors = () =>
  ApiErrorResponses({ ...AUTHENTICATED, 400: ['VALIDATION_FAILED'], 503: LOG_READ_UNAVAILABLE });

/** A tenant's report computed from the log (its trend): a tenant route that reads no projection. */
export const TenantLogReportErrors = () => ApiErrorResponses({ ...TENANT_ROUTE, 503: LOG_READ_UNAVAILABLE });

/** Projection administration (SPEC §5): global admins only; `own` adds the route's own statuses. */
export const AdminErrors = (own: ErrorCodesByStatus) => ApiErrorResponses({ ...AUTHENTICATED, ...own });

/** A tenant's export (SPEC §5): read from the log itself, 404 for a tenant without events. */
export const TenantExportErrors = () =>
  ApiErrorResponses({
    ...TENANT_ROUTE,
    404: ['NOT_FOUND'],
    503: LOG_READ_UNAVAILABLE,
  });

/** A tenant export uploaded for reconciliation (issue 15): a JSON body, read against the log itself. */
export const TenantUploadErrors = () =>
  ApiErrorResponses({
    ...TENANT_ROUTE,
    413: ['PAYLOAD_TOO_LARGE'],
    415: ['UNSUPPORTED_MEDIA_TYPE'],
    503: LOG_READ_UNAVAILABLE,
  });

/** A route any authenticated caller may read (the catalogue): only the token and the rate limit refuse. */
export const AuthenticatedErrors = () =>
  ApiErrorResponses({ 401: ['UNAUTHENTICATED'], 429: ['TOO_MANY_REQUESTS'] });
