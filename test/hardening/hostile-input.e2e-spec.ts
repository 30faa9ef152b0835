import fc from 'fast-check';
import { LedgerTestApp } from '../support/ledger-test-app';
import { expectStatus, TenantClient } from '../support/tenant-client';
import { tokens } from '../support/tokens';
import {
  badAuthorization,
  brokenBody,
  hostileSegment,
  PROTOTYPE_MEMBER_NAMES,
  randomJsonText,
} from './support/hostile-arbitraries';
import { closeRawAgent, type RawAnswer, rawBytes, rawRequest, type RawRequest } from './support/raw-http';
import { fillPath, ROUTES } from './support/route-table';
import { bySoak, HARDENING_TIMEOUT_MS, reportFigures, runSeed } from './support/soak';

const TENANT = 'fuzz-tenant';
const ACCOUNT = 'fuzz-known-account-0001';
const WRITES = ROUTES.filter((route) => route.access === 'tenant-write');
const READS = ROUTES.filter((route) => route.method === 'GET');
const VALID_PARAMS = {
  tenantId: TENANT,
  accountId: ACCOUNT,
  sku: 'CALLING_PLAN',
  purchaseId: '00000000-0000-4000-8000-000000000000',
  position: '1',
};

/**
 * ENGINEERING.md "Bad input", beyond test/bad-input.e2e-spec.ts: generated requests (fast-check)
 * — random JSON, wrong types, huge values, unicode, traversal in ids, duplicated and conflicting
 * headers, oversized bodies, malformed tokens, malformed HTTP — must each get a 4xx (reads may
 * answer 200), never a 5xx, and never append an event; the service answers normally afterwards.
 */
describe('Hardening: hostile input', () => {
  const seed = runSeed('hostile-input');
  const runs = (quick: number, full: number) => ({ numRuns: bySoak(quick, full), seed, endOnFailure: true });
  const statuses = new Map<number, number>();
  let app: LedgerTestApp;
  let eventsBefore: number;
  const admin = tokens.globalAdmin();

  // Headroom: starting the app (compiling its modules) on a busy machine can take more than Jest's 5 s.
  beforeAll(async () => {
    app = await LedgerTestApp.start();
    const tenant = new TenantClient(app, TENANT);
    expectStatus(await tenant.purchase('PHONE_SYSTEM', 2), 201);
    expectStatus(await tenant.createResourceAccount(ACCOUNT), 201);
    eventsBefore = await app.eventCount();
  }, HARDENING_TIMEOUT_MS);
  afterAll(async () => {
    const sent = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    reportFigures('hostile-input', {
      requestsTried: sent,
      serverErrors,
      eventsAppended: (await app.eventCount()) - eventsBefore,
      byStatus: [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}:${n}`)
        .join(','),
      seed,
    });
    closeRawAgent();
    await app.close();
  }, HARDENING_TIMEOUT_MS);

  function count(answer: RawAnswer): RawAnswer {
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    return answer;
  }

  async function send(request: RawRequest): Promise<RawAnswer> {
    return count(await rawRequest(app.baseUrl, request));
  }

  /** A 4xx in the SPEC error shape (a closed connection counts as a refusal, never as success). */
  function expectRefused(answer: RawAnswer, what: unknown): void {
    if (answer.status === 0) return;
    if (answer.status < 400 || answer.status >= 500) {
      throw new Error(
        `expected a 4xx for ${JSON.stringify(what).slice(0, 500)}, got ${answer.status}: ${answer.text.slice(0, 300)}`,
      );
    }
    if (answer.text.startsWith('{'))
      expect(JSON.parse(answer.text)).toMatchObject({ statusCode: answer.status, error: expect.any(String) });
  }

  function expectNoServerError(answer: RawAnswer, what: unknown): void {
    if (answer.status >= 500)
      throw new Error(
        `${answer.status} for ${JSON.stringify(what).slice(0, 500)}: ${answer.text.slice(0, 300)}`,
      );
  }

  const json = (token: string, body: string, extra: Record<string, string | string[]> = {}) => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    ...extra,
  });

  afterEach(async () => {
    // Never an event appended, and the service still answers.
    expect(await app.eventCount()).toBe(eventsBefore);
    expect((await app.request('GET', '/health')).status).toBe(200);
  });

  describe('regressions the generators found', () => {
    it('a body nested 12,000 levels deep is a 400 (it overflowed the stack in validation: a 500)', async () => {
      const body = `${'['.repeat(12_000)}${']'.repeat(12_000)}`;
      const answer = await send({
        method: 'POST',
        path: `/v1/tenants/${TENANT}/purchases`,
        headers: json(admin, body),
        body,
      });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text)).toMatchObject({
        error: 'VALIDATION_FAILED',
        message: expect.stringContaining('nested'),
      });
    });

    it('two Authorization headers are a 401, not whichever one Node kept (it was the first: a 201)', async () => {
      const body = JSON.stringify({ sku: 'CALLING_PLAN', quantity: 1 });
      const answer = await send({
        method: 'POST',
        path: `/v1/tenants/${TENANT}/purchases`,
        headers: {
          ...json(admin, body),
          authorization: [`Bearer ${admin}`, `Bearer ${tokens.auditor(TENANT)}`],
        },
        body,
      });
      expect(answer.status).toBe(401);
    });
  });

  it(
    'random and broken JSON bodies on every write → 4xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          // Routes without a body ignore one; theirs is not input to refuse.
          fc.constantFrom(...WRITES.filter((route) => route.body !== undefined)).chain((route) =>
            fc
              .oneof(
                randomJsonText,
                brokenBody(route.body ?? {}).map((body) => JSON.stringify(body)),
              )
              .map((body) => ({ route, body })),
          ),
          fc.constantFrom(
            'application/json',
            'application/json; charset=utf-8',
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/json; charset=utf-16',
          ),
          async ({ route, body }, contentType) => {
            const request = {
              method: route.method,
              path: fillPath(route.path, VALID_PARAMS),
              headers: { ...json(admin, body), 'content-type': contentType },
              body,
            };
            const answer = await send(request);
            expectRefused(answer, request);
          },
        ),
        runs(150, 4_000),
      );
    },
    HARDENING_TIMEOUT_MS,
  );

  it(
    'hostile ids in every path parameter of every route → 4xx on writes, no 5xx on reads',
    async () => {
      const routes = ROUTES.filter((route) => route.path.includes(':'));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...routes),
          hostileSegment,
          fc.nat(),
          async (route, segment, which) => {
            const names = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]);
            const target = names[which % names.length];
            const path = fillPath(route.path, { ...VALID_PARAMS, [target]: segment });
            const request = { method: route.method, path, headers: { authorization: `Bearer ${admin}` } };
            const answer = await send(request);
            if (route.method === 'GET') expectNoServerError(answer, request);
            else expectRefused(answer, request);
          },
        ),
        runs(150, 2_500),
      );
    },
    HARDENING_TIMEOUT_MS,
  );

  it(
    'hostile query strings on every read → never a 5xx',
    async () => {
      const key = fc.constantFrom(
        'asOf',
        'status',
        'limit',
        'after',
        'from',
        'to',
        'type',
        'accountId',
        'format',
        'x',
        ...PROTOTYPE_MEMBER_NAMES,
      );
      const value = fc.oneof(
        hostileSegment,
        fc.constantFrom(
          '1e400',
          '-1',
          '1001',
          '0',
          '2026-13-45T25:61:61Z',
          '9999-12-31T23:59:59Z',
          '0000-01-01T00:00:00Z',
          'csv',
          'CSV',
          'broken',
          'NaN',
        ),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...READS),
          fc.array(fc.tuple(key, value), { maxLength: 4 }),
          async (route, pairs) => {
            const query = pairs.map(([name, text]) => `${name}=${text}`).join('&');
            const request = {
              method: 'GET',
              path: `${fillPath(route.path, VALID_PARAMS)}?${query}`,
              headers: { authorization: `Bearer ${admin}` },
            };
            expectNoServerError(await send(request), request);
          },
        ),
        runs(100, 1_000),
      );
    },
    HARDENING_TIMEOUT_MS,
  );

  it(
    'malformed tokens and Authorization headers → 401',
    async () => {
      const write = WRITES[0];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(write, ...READS.filter((route) => route.access !== 'public')),
          badAuthorization,
          async (route, authorization) => {
            const body = route.body === undefined ? undefined : JSON.stringify(route.body);
            const request = {
              method: route.method,
              path: fillPath(route.path, VALID_PARAMS),
              headers: { ...(body === undefined ? {} : json(admin, body)), authorization },
              body,
            };
            const answer = await send(request);
            expect({ status: answer.status, request }).toEqual({ status: 401, request });
          },
        ),
        runs(150, 2_000),
      );
    },
    HARDENING_TIMEOUT_MS,
  );

  it(
    'duplicated and conflicting headers on a valid write → 4xx, nothing appended',
    async () => {
      const route = WRITES[0];
      const body = JSON.stringify(route.body);
      const defect = fc.oneof(
        fc
          .tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ minLength: 1, maxLength: 10 }))
          .map(([a, b]) => ({
            'idempotency-key': [`k${a}`.replace(/[^\x21-\x7e]/g, 'x'), `k${b}`.replace(/[^\x21-\x7e]/g, 'y')],
          })),
        fc
          .constantFrom(['"1"', '"2"'], ['"-1"', '*'], ['W/"1"', '"1"'])
          .map((values) => ({ 'if-match': [...values] })),
        fc
          .oneof(
            fc.stringMatching(/^[\x20-\x7e]{1,30}$/),
            fc.constantFrom('"999999999999999999999"', '"-2"', '""', 'W/', '*'),
          )
          .filter((value) => !/^(?:W\/)?"?(-1|0|[1-9][0-9]{0,17})"?$/.test(value.trim()))
          .map((value) => ({ 'if-match': value })),
        fc.constant({ 'if-match': '"0"' }),
        fc.stringMatching(/^[\x20-\x7e]{201,260}$/).map((key) => ({ 'idempotency-key': key })),
        fc.integer({ min: 17_000, max: 40_000 }).map((size) => ({ 'x-filler': 'f'.repeat(size) })),
        fc.constant({ authorization: [`Bearer ${admin}`, `Bearer ${tokens.auditor(TENANT)}`] }),
      );
      const noise = fc.dictionary(
        fc.constantFrom(
          'x-correlation-id',
          'x-forwarded-for',
          'accept',
          'accept-encoding',
          'x-request-id',
          'cookie',
          'origin',
        ),
        fc.stringMatching(/^[\x20-\x7e]{0,50}$/),
        { maxKeys: 3 },
      );
      await fc.assert(
        fc.asyncProperty(defect, noise, async (bad, extra) => {
          const request: RawRequest = {
            method: route.method,
            path: fillPath(route.path, VALID_PARAMS),
            headers: { ...extra, ...json(admin, body), ...bad },
            body,
          };
          expectRefused(await send(request), {
            ...request,
            headers: { ...request.headers, 'x-filler': undefined },
          });
        }),
        runs(100, 1_000),
      );
    },
    HARDENING_TIMEOUT_MS,
  );

  it(
    'oversized bodies, deep nesting and huge strings → 4xx',
    async () => {
      const route = WRITES.find(
        (candidate) => candidate.path.endsWith('/accounts') && candidate.method === 'POST',
      );
      if (route === undefined) throw new Error('no account creation route');
      const payload = fc.oneof(
        fc
          .integer({ min: 65_537, max: 1_500_000 })
          .map((size) => JSON.stringify({ ...route.body, displayName: 'x'.repeat(size) })),
        fc.integer({ min: 500, max: 12_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
        fc.integer({ min: 500, max: 6_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
        // Built as text: the test's own JSON.stringify would overflow on such a value.
        fc
          .integer({ min: 500, max: 6_000 })
          .map(
            (depth) =>
              `${JSON.stringify({ ...route.body, displayName: 'x' }).slice(0, -1)},"extra":${'{"a":'.repeat(depth)}1${'}'.repeat(depth + 1)}`,
          ),
        fc
          // Length counts characters, not UTF-16 units: 257 telephone emoji are one too many.
          .integer({ min: 257, max: 20_000 })
          .map((size) => JSON.stringify({ ...route.body, displayName: '\u{1F4DE}'.repeat(size) })),
      );
      await fc.assert(
        fc.asyncProperty(payload, async (body) => {
          const request = {
            method: route.method,
            path: fillPath(route.path, VALID_PARAMS),
            headers: json(admin, body),
            body,
          };
          expectRefused(await send(request), { body: body.slice(0, 80), length: body.length });
        }),
        runs(30, 300),
      );
    },
    HARDENING_TIMEOUT_MS,
  );

  it(
    'malformed HTTP on the socket → a 4xx or a closed connection',
    async () => {
      const valid = `POST /v1/tenants/${TENANT}/purchases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${admin}\r\nContent-Type: application/json\r\n`;
      const bytes = fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 300 }).map((array) => Buffer.from(array)),
        fc
          .constantFrom(
            `${valid}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
            `${valid}Content-Length: 5\r\nContent-Length: 40\r\n\r\n{"sku":"CALLING_PLAN","quantity":1}`,
            `${valid}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
            `${valid}Content-Length: -1\r\n\r\n`,
            `${valid}Content-Length: 999999999999\r\n\r\n{}`,
            `GET /v1/tenants/${TENANT}/quota HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${admin}\r\nX-Bad Header: 1\r\n\r\n`,
            `GET /v1/tenants/${TENANT}/quota HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${admin}\r\nX-Injected: a\rb\r\n\r\n`,
            'GET /health HTTP/9.9\r\n\r\n',
            'BREW /coffee HTCPCP/1.0\r\n\r\n',
            `GET ${'/a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
          )
          .map((text) => Buffer.from(text, 'latin1')),
      );
      await fc.assert(
        fc.asyncProperty(bytes, async (raw) => {
          const answer = count(await rawBytes(app.baseUrl, raw));
          expectRefused(answer, raw.toString('latin1').slice(0, 120));
        }),
        runs(40, 400),
      );
    },
    HARDENING_TIMEOUT_MS,
  );
});
