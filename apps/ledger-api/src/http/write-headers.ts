import type { FastifyRequest } from 'fastify';
import { requestHash } from '@ledger/runtime';
import { LedgerHttpError } from './ledger-http-error';

const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
const CORRELATION_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

function singleHeader(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw LedgerHttpError.validation(`Send the ${name} header once`);
  return value;
}

/** `Idempotency-Key`: printable ASCII, at most 200 characters. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const key = singleHeader(request, 'idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw LedgerHttpError.validation(
      'Idempotency-Key must be 1 to 200 printable ASCII characters without spaces',
      [{ field: 'Idempotency-Key', problems: ['malformed'] }],
    );
  }
  return key;
}

/**
 * `If-Match: "<revision>"` (the ETag of an earlier answer). `"-1"` means "the tenant has no
 * events yet". Absent: the write is decided on whatever is current.
 */
export function expectedRevisionOf(request: FastifyRequest): bigint | null | undefined {
  const header = singleHeader(request, 'if-match');
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(-1|0|[1-9][0-9]{0,17})"?$/.exec(header.trim());
  if (match === null) {
    throw LedgerHttpError.validation('If-Match must be an ETag of this API, e.g. "12"', [
      { field: 'If-Match', problems: ['malformed'] },
    ]);
  }
  return match[1] === '-1' ? null : BigInt(match[1]);
}

export function correlationIdOf(request: FastifyRequest): string {
  const header = request.headers['x-correlation-id'];
  return typeof header === 'string' && CORRELATION_ID_PATTERN.test(header) ? header : String(request.id);
}

/** What "the same request" means for Idempotency-Key: method, path and body. */
export function requestHashOf(request: FastifyRequest): string {
  return requestHash(request.method, request.url.split('?')[0], request.body);
}

/** ETag of a tenant stream revision; `"-1"` for a tenant without events. */
export function etagOf(revision: bigint | number | null): string {
  return `"${revision === null ? -1 : revision.toString()}"`;
}
