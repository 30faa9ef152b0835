import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { LEDGER_ID_PATTERN, SKUS } from '@ledger/licensing';
import { signToken, TEST_JWT_SECRET } from '../../support/tokens';

const isSku = (value: unknown) => (SKUS as readonly unknown[]).includes(value);

/** Strings an attacker types into an id: traversal, encodings, control and unicode characters, sheer length. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '..%2f..%2f..%2fetc%2fpasswd',
    '..%5c..%5cwindows',
    '%00',
    'a%00b',
    '%',
    '%zz',
    '%c0%ae%c0%ae',
    '....%2F%2F',
    '%252e%252e',
    '-leading-dash',
    '%20',
    'a;b',
    'a%3Bdrop',
    '%7B%7D',
    '__proto__',
    'constructor',
    'a'.repeat(129),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
  fc.integer({ min: 130, max: 5_000 }).map((length) => 'x'.repeat(length)),
  fc.stringMatching(/^[\x21-\x7e]{1,30}$/).map((text) => text.replace(/[/?#\s]/g, '')),
);

/** Any JSON value, or text that is almost JSON. */
export const randomJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
  fc.json(),
  fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '{"quantity": 1e400, "sku": "E5"}',
    '{"quantity": -0, "sku": "E5"}',
    '{"sku":"E5","quantity":99999999999999999999999}',
    '[]',
    'null',
    '""',
    '{"a":',
    '\u0000',
  ),
);

/** A value of the wrong type or out of range for the given field of a valid body. */
export function wrongValueFor(field: string): fc.Arbitrary<unknown> {
  const notAString = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.anything(), { maxLength: 3 }),
    fc.object({ maxDepth: 1 }),
  );
  switch (field) {
    case 'quantity':
      return fc.oneof(
        fc.string(),
        fc.boolean(),
        fc.constant(null),
        fc.integer({ max: 0 }),
        fc.integer({ min: 1_000_001 }),
        fc.double({ noInteger: true }),
        fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
      );
    case 'sku':
    case 'fromSku':
    case 'toSku':
      return fc.oneof(
        notAString,
        fc.string().filter((text) => !isSku(text)),
      );
    case 'accountId':
    case 'newAccountId':
      return fc.oneof(
        notAString,
        fc.string({ unit: 'grapheme', maxLength: 200 }).filter((text) => !LEDGER_ID_PATTERN.test(text)),
      );
    case 'displayName':
      return fc.oneof(
        notAString,
        fc.constant(''),
        fc.integer({ min: 257, max: 2_000 }).map((length) => 'n'.repeat(length)),
      );
    case 'kind':
    case 'resourceType':
      return fc.oneof(
        notAString,
        fc.string().filter((text) => !['user', 'resource', 'call-queue', 'auto-attendant'].includes(text)),
      );
    case 'phoneNumber':
      return fc.oneof(
        notAString,
        fc.string({ maxLength: 30 }).filter((text) => !/^\+[0-9]{8,15}$/.test(text)),
      );
    case 'add':
    case 'remove':
      return fc.oneof(
        fc.string(),
        fc.integer(),
        fc.constant(null),
        fc.array(
          fc.string().filter((text) => !isSku(text)),
          { minLength: 1, maxLength: 3 },
        ),
        fc.constant([...SKUS, ...SKUS]),
      );
    default:
      return notAString;
  }
}

/**
 * Names an unknown field can take that a property lookup finds on any object (`toString`,
 * `constructor`, `__proto__`…): accepted as if absent until issue 10 #14.
 */
export const PROTOTYPE_MEMBER_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/** A valid body made invalid: one field wrong, one field missing, or one unknown field added. */
export function brokenBody(valid: Readonly<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.keys(valid);
  // Without `add` or `remove` a licence activity is still valid (both default to none).
  const required = fields.filter((field) => field !== 'remove' && field !== 'add');
  return fc.oneof(
    fc
      .constantFrom(...fields)
      .chain((field) => wrongValueFor(field).map((value) => ({ ...valid, [field]: value }))),
    fc
      .constantFrom(...required)
      .map((field) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field))),
    fc
      .oneof(fc.constantFrom(...PROTOTYPE_MEMBER_NAMES), fc.string({ minLength: 1, maxLength: 20 }))
      .filter((key) => !fields.includes(key))
      // A computed key defines an own property, `__proto__` included, which JSON.stringify then writes.
      .chain((key) => fc.anything().map((value) => ({ ...valid, [key]: value ?? null }))),
  );
}

const base64url = (value: string) => Buffer.from(value).toString('base64url');

/** Tokens that must all be refused with 401: each has at least one certain defect. */
export const badToken: fc.Arbitrary<string> = fc.oneof(
  // Valid claims, broken token: wrong secret, alg none, other algorithms, tampering, expiry, no expiry, nbf.
  fc
    .tuple(
      fc.constantFrom('tenant-admin', 'auditor', 'global-admin'),
      fc.constantFrom(
        'wrong-secret',
        'alg-none',
        'alg-hs512',
        'alg-rs256',
        'expired',
        'no-exp',
        'not-yet',
        'tampered',
        'no-signature',
      ),
    )
    .map(([role, defect]) => {
      const claims = { sub: 'fuzz', tid: 'fuzz-tenant', roles: [role] };
      switch (defect) {
        case 'wrong-secret':
          return signToken(claims, { secret: 'not-the-secret-but-long-enough-000000' });
        case 'alg-none':
          return signToken(claims, { alg: 'none' });
        case 'alg-hs512':
          return signToken(claims, { alg: 'HS512' });
        case 'alg-rs256':
          return signToken(claims, { alg: 'RS256' });
        case 'expired':
          return signToken(claims, { expiresInSeconds: -10 });
        case 'no-exp':
          // Would never expire (SPEC §6).
          return signToken({ ...claims, exp: undefined });
        case 'not-yet':
          return signToken({ ...claims, nbf: Math.floor(Date.now() / 1000) + 3_600 });
        case 'tampered': {
          const [header, , signature] = signToken(claims).split('.');
          return `${header}.${base64url(JSON.stringify({ ...claims, roles: ['global-admin'], exp: 4_000_000_000 }))}.${signature}`;
        }
        default:
          return signToken(claims).split('.').slice(0, 2).join('.') + '.';
      }
    }),
  // Correctly signed, but the claims are unusable: missing, wrong types, unknown roles, not an object.
  fc
    .record(
      {
        sub: fc.oneof(
          fc.constant(''),
          fc.integer(),
          fc.constant(null),
          fc.string({ minLength: 257, maxLength: 300 }),
        ),
        tid: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string())),
        roles: fc.oneof(
          fc.constant([]),
          fc.string(),
          fc.array(
            fc.string().filter((role) => !['tenant-admin', 'auditor', 'global-admin'].includes(role)),
            { minLength: 1 },
          ),
        ),
      },
      { requiredKeys: [] },
    )
    .map((claims) => signToken(claims)),
  fc
    .oneof(
      fc.constant('null'),
      fc.constant('"sub"'),
      fc.constant('[]'),
      fc.constant('42'),
      fc.constant('true'),
      fc.json(),
    )
    .map((payload) => {
      const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const body = base64url(payload);
      return `${header}.${body}.${createHmac('sha256', TEST_JWT_SECRET).update(`${header}.${body}`).digest('base64url')}`;
    }),
  // Not a JWT at all.
  fc.string({ unit: 'binary', maxLength: 100 }).map((text) => base64url(text)),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,40}\.[A-Za-z0-9_-]{0,40}\.[A-Za-z0-9_-]{0,40}$/),
);

/** Authorization header values that are not `Bearer <JWT>`. */
export const badAuthorization: fc.Arbitrary<string> = fc.oneof(
  badToken.map((token) => `Bearer ${token}`),
  fc.constantFrom(
    'Bearer',
    'Bearer ',
    'bearer x.y.z',
    'Basic YWRtaW46YWRtaW4=',
    'Bearer a.b.c d.e.f',
    'Token abc',
    'Bearer  a.b.c',
  ),
  fc.stringMatching(/^[\x20-\x7e]{0,80}$/),
);
